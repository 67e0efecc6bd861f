package io.newsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.postgres.PostgresSearchIndex;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * newsbot on PostgreSQL (store and search index in one database, vectors in pgvector) on the benchmark corpus, then
 * on a synthesised archive of about a million chunks. The corpus is ingested through the core as usual (so the ingest
 * rate is PostgreSQL's); the large archive replicates its articles and chunks inside PostgreSQL, each replica's vectors
 * with Gaussian noise (as {@link SyntheticScale} does for the embedded index), then builds the HNSW index once.
 * The corpus lives in the schema {@code newsbot_bench}, the large archive in {@code newsbot_bench_large}; {@code --reuse}
 * keeps both between runs (and measures again).
 */
final class PostgresScale {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = "newsbot_bench";
    static final String LARGE_SCHEMA = "newsbot_bench_large";
    private static final String INGEST_STATS = "bench.ingest";
    private static final String SCALE_STATS = "bench.scale";
    private static final double SIGMA = 0.025;

    private PostgresScale() {
    }

    /** What the large archive took to build. */
    record Built(int replicas, long articles, long chunks, double replicateSeconds, double hnswSeconds, long tableBytes, long hnswBytes,
                 String builtAt) {
    }

    /** The figures of one run. */
    record Result(String server, boolean pgvector, BenchCorpus.IngestStats ingest, SpeedBench.Latency base, Built scale,
                  SpeedBench.Latency large) {
    }

    static Result run(String url, Path work, List<ArticleDraft> drafts, List<String> questions, int targetChunks, boolean reuse) throws Exception {
        String baseUrl = prepareSchema(url, SCHEMA, reuse);
        String largeUrl = prepareSchema(url, LARGE_SCHEMA, reuse);
        Path dataDir = work.resolve("data-postgres");
        Files.createDirectories(dataDir);
        CoreSettings settings = BenchCorpus.settings(dataDir);
        String server;
        BenchCorpus.IngestStats ingest;
        SpeedBench.Latency base;
        try (NewsbotCore core = NewsbotCore.open(settings, StoreSettings.postgres(baseUrl, "", ""), Clock.systemUTC())) {
            server = serverVersion(baseUrl);
            if (!((PostgresSearchIndex) core.index()).usesPgvector()) {
                throw new IllegalStateException("This PostgreSQL has no pgvector: the scale benchmark needs it (.ci/postgres.sh builds it)");
            }
            ingest = ingest(core, drafts);
            System.out.println("Latency on PostgreSQL, " + core.index().chunkCount() + " chunks:");
            base = SpeedBench.measure(core, questions);
        }
        StoreSettings large = StoreSettings.postgres(largeUrl, "", "");
        // Opening a core creates the large schema's tables (empty: no demo articles in the benchmark's settings).
        NewsbotCore.open(settings, large, Clock.systemUTC()).close();
        Built scale = scale(largeUrl, targetChunks);
        SpeedBench.Latency largeLatency;
        try (NewsbotCore core = NewsbotCore.open(settings, large, Clock.systemUTC())) {
            System.out.println("Latency on PostgreSQL, " + core.index().chunkCount() + " chunks:");
            largeLatency = SpeedBench.measure(core, questions);
        }
        return new Result(server, true, ingest, base, scale, largeLatency);
    }

    private static String prepareSchema(String url, String schema, boolean reuse) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (!reuse) s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema if not exists " + schema);
            s.execute("create extension if not exists vector");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    private static BenchCorpus.IngestStats ingest(NewsbotCore core, List<ArticleDraft> drafts) throws Exception {
        var stored = core.values().get(INGEST_STATS);
        if (stored.isPresent()) {
            System.out.println("Reusing the PostgreSQL corpus ingested " + stored.get().substring(0, Math.min(80, stored.get().length())) + "...");
            return JSON.readValue(stored.get(), BenchCorpus.IngestStats.class);
        }
        System.out.printf("Ingesting %d articles into PostgreSQL ...%n", drafts.size());
        long started = System.nanoTime();
        IngestReport report = core.ingestor().ingestDrafts(drafts, null, Ingestor.Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        var stats = new BenchCorpus.IngestStats(drafts.size(), report.added(), report.duplicates(), report.failures().size(),
                core.index().chunkCount(), seconds, BenchCorpus.heapAfterGcMb(), core.settings().embeddingModel(), Instant.now().toString());
        core.values().put(INGEST_STATS, JSON.writeValueAsString(stats));
        System.out.printf("Ingested %d articles, %d chunks in %.1f s (%.2f articles/s)%n", stats.added(), stats.chunks(), seconds,
                stats.articlesPerSecond());
        return stats;
    }

    /** Replicates the ingested articles and chunks until the index holds the target, then builds the HNSW index once. */
    private static Built scale(String url, int targetChunks) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String stored = single(s, "select setting_value from settings where name = '" + SCALE_STATS + "'");
            if (stored != null) {
                System.out.println("Reusing the synthesised PostgreSQL archive");
                return JSON.readValue(stored, Built.class);
            }
            // The corpus as ingested, ids kept, then the identity moved past them for the replicas.
            c.setAutoCommit(false);
            s.execute("delete from search_chunks");
            s.execute("delete from articles");
            s.execute("insert into articles select * from " + SCHEMA + ".articles");
            s.execute("insert into search_chunks select * from " + SCHEMA + ".search_chunks");
            s.execute("delete from search_meta");
            s.execute("insert into search_meta select * from " + SCHEMA + ".search_meta");
            s.execute("select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))");
            c.commit();
            c.setAutoCommit(true);
            long baseChunks = Long.parseLong(single(s, "select count(*) from search_chunks"));
            int replicas = (int) Math.ceil((double) targetChunks / baseChunks) - 1;
            long started = System.nanoTime();
            // One HNSW build at the end is far cheaper than a million inserts into the graph.
            s.execute("drop index if exists search_chunks_embedding");
            s.execute("create or replace function pg_temp.noisy(v vector, sigma float8) returns vector language sql volatile as $$ "
                    + "with n as (select i, x::float8 + sigma * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as y "
                    + "from unnest(v::real[]) with ordinality as t(x, i)) "
                    + "select array_agg((y / (select sqrt(sum(y * y)) from n))::real order by i)::vector from n $$");
            System.out.printf("Synthesising %d replicas of %d chunks in PostgreSQL ...%n", replicas, baseChunks);
            for (int r = 1; r <= replicas; r++) {
                c.setAutoCommit(false);
                s.execute("insert into articles (locator, source_id, url, title, publisher, published_at, ingested_at, language, content_hash, body) "
                        + "select 'synthetic:" + r + ":' || locator, null, url, title, publisher, published_at, ingested_at, language, content_hash, body "
                        + "from articles where locator not like 'synthetic:%'");
                s.execute("insert into search_chunks (article_id, ordinal, published_at, publisher, sentences, lexical, embedding) "
                        + "select n.id, c.ordinal, c.published_at, c.publisher, c.sentences, c.lexical, pg_temp.noisy(c.embedding, " + SIGMA + ") "
                        + "from search_chunks c join articles b on b.id = c.article_id "
                        + "join articles n on n.locator = 'synthetic:" + r + ":' || b.locator where b.locator not like 'synthetic:%'");
                c.commit();
                c.setAutoCommit(true);
                if (r % 10 == 0 || r == replicas) {
                    System.out.printf("  replica %d/%d, %.0f s%n", r, replicas, (System.nanoTime() - started) / 1e9);
                }
            }
            double replicateSeconds = (System.nanoTime() - started) / 1e9;
            System.out.println("Building the HNSW index ...");
            long hnswStarted = System.nanoTime();
            s.execute("set maintenance_work_mem = '6GB'");
            s.execute("set max_parallel_maintenance_workers = 2");
            s.execute("create index search_chunks_embedding on search_chunks using hnsw (embedding vector_cosine_ops)");
            double hnswSeconds = (System.nanoTime() - hnswStarted) / 1e9;
            s.execute("analyze");
            Built built = new Built(replicas, Long.parseLong(single(s, "select count(*) from articles")),
                    Long.parseLong(single(s, "select count(*) from search_chunks")), replicateSeconds, hnswSeconds,
                    Long.parseLong(single(s, "select pg_total_relation_size('search_chunks')")),
                    Long.parseLong(single(s, "select pg_relation_size('search_chunks_embedding')")), Instant.now().toString());
            try (var ps = c.prepareStatement("insert into settings (name, setting_value) values (?, ?)")) {
                ps.setString(1, SCALE_STATS);
                ps.setString(2, JSON.writeValueAsString(built));
                ps.executeUpdate();
            }
            System.out.printf("Synthesised %,d chunks in %.0f s; HNSW built in %.0f s%n", built.chunks(), replicateSeconds, hnswSeconds);
            return built;
        }
    }

    private static String serverVersion(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            return "PostgreSQL " + single(s, "show server_version") + " with pgvector " + single(s, "select extversion from pg_extension where extname = 'vector'")
                    + " (shared_buffers " + single(s, "show shared_buffers") + ", fsync " + single(s, "show fsync") + ")";
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
