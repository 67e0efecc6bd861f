package io.newsbot.bench;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.RankFusion;
import io.newsbot.index.postgres.PostgresSearchIndex;
import io.newsbot.index.SearchIndex;
import io.newsbot.ingest.IngestListener;
import io.newsbot.ingest.Ingestor;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.story.StoryGrouper;
import io.newsbot.story.StorySettings;
import io.newsbot.story.jdbc.JdbcStoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What grouping costs: articles placed per second into a store already holding 10,000 and 100,000 grouped
 * articles (a synthesised archive, {@link StoryArchive}), on the embedded store and on PostgreSQL; and the whole
 * ingest (clean, chunk, embed, store, index) of the same articles with and without grouping, alternated.
 */
final class StoryCostBench {
    static final int PROBES = 200;

    record Point(String store, int stored, int probes, double perSecond, double p50ms, double p99ms) {
    }

    /**
     * Ingest without and with grouping. {@code secondsGrouping} is the time spent inside the grouping hook during the runs with it:
     * on a loaded machine the batches' times vary more than grouping costs, so its share of the same runs is the steadier figure.
     */
    record Slowdown(String store, int articles, double secondsWithout, double secondsWith, double secondsGrouping) {
        double percent() {
            return 100 * (secondsWith / secondsWithout - 1);
        }

        /** Grouping's time against the rest of the same ingest runs, in percent. */
        double groupingPercent() {
            return 100 * secondsGrouping / (secondsWith - secondsGrouping);
        }
    }

    /** Places probe articles into archives of growing size on one database. */
    static List<Point> placement(String label, Supplier<Database> open, StoryArchive archive, List<StorySet.Item> probes,
                                 Map<String, List<float[]>> vectors, int[] sizes) throws Exception {
        List<Point> out = new ArrayList<>();
        Random random = new Random(7);
        int next = 0;
        try (Database db = open.get()) {
            ArticleStore articles = new JdbcArticleStore(db);
            for (int size : sizes) {
                archive.grow(db, size);
                // The archive is written behind the store's back: a store opened before it would count terms from before.
                StoryGrouper grouper = new StoryGrouper(new JdbcStoryStore(db), StorySettings.DEFAULT);
                double[] ms = new double[Math.min(PROBES, probes.size())];
                long all = System.nanoTime();
                for (int k = 0; k < ms.length; k++) {
                    StorySet.Item i = probes.get(next++ % probes.size());
                    Instant published = StoryArchive.START.plusSeconds((long) (random.nextDouble() * StoryArchive.SPAN.getSeconds()));
                    Article a = articles.put(new Article(0, "probe:" + size + ":" + k, "", i.title().isEmpty() ? "Untitled" : i.title(), i.outlet(),
                            published, published, "en", "probe-" + size + "-" + k, i.body()), null, r -> { }).article();
                    long t = System.nanoTime();
                    grouper.place(new StoryGrouper.Arrival(a.id(), a.publisher(), published, a.title(), a.body(), vectors.getOrDefault(i.articleId(), List.of())));
                    ms[k] = (System.nanoTime() - t) / 1e6;
                }
                double seconds = (System.nanoTime() - all) / 1e9;
                Arrays.sort(ms);
                Point p = new Point(label, size, ms.length, ms.length / Arrays.stream(ms).sum() * 1000, ms[ms.length / 2], ms[(int) Math.floor(ms.length * 0.99)]);
                System.out.printf("story placement, %s, %,d stored: %.1f articles/s, p50 %.1f ms, p99 %.1f ms (%.0f s with article writes)%n", label, size,
                        p.perSecond(), p.p50ms(), p.p99ms(), seconds);
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Ingests four disjoint batches of drafts into fresh stores, without grouping and with it alternately, and sums
     * each kind's time: the ratio is the slowdown.
     */
    static Slowdown ingest(String label, Supplier<Database> open, Path dir, Embedder embedder, List<ArticleDraft> drafts) throws Exception {
        double without = 0;
        double with = 0;
        long[] inGrouping = {0};
        int quarter = drafts.size() / 4;
        for (int run = 0; run < 4; run++) {
            boolean grouping = run % 2 == 1;
            List<ArticleDraft> batch = drafts.subList(run * quarter, (run + 1) * quarter);
            Path runDir = dir.resolve("ingest-" + run);
            try (Database db = open.get(); SearchIndex index = index(db, runDir, embedder)) {
                ArticleStore articles = new JdbcArticleStore(db);
                ArticleIndexer indexer = new ArticleIndexer(index, new Chunker(new SentenceSplitter(), 120), embedder);
                StoryGrouper grouper = new StoryGrouper(new JdbcStoryStore(db), StorySettings.DEFAULT);
                IngestListener listener = grouping ? (a, v) -> {
                    long t = System.nanoTime();
                    grouper.place(StoryGrouper.Arrival.of(a, v));
                    inGrouping[0] += System.nanoTime() - t;
                } : IngestListener.NONE;
                Ingestor ingestor = new Ingestor(articles, indexer, null, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), listener);
                long t = System.nanoTime();
                ingestor.ingestDrafts(batch, null, Ingestor.Progress.NONE);
                double s = (System.nanoTime() - t) / 1e9;
                if (grouping) with += s;
                else without += s;
                System.out.printf("ingest, %s, %d articles %s grouping: %.1f s%n", label, batch.size(), grouping ? "with" : "without", s);
            }
        }
        return new Slowdown(label, quarter * 2, without, with, inGrouping[0] / 1e9);
    }

    private static SearchIndex index(Database db, Path dir, Embedder embedder) throws Exception {
        if (db.vendor() == Database.Vendor.POSTGRESQL) {
            return new PostgresSearchIndex(db, embedder.dimension(), embedder.name(), RankFusion.DEFAULT, Clock.systemUTC());
        }
        Files.createDirectories(dir);
        return new LuceneSearchIndex(dir.resolve("index"), embedder.name(), RankFusion.DEFAULT);
    }
}
