package io.newsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.article.ArticleStore;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark's own newsbot data directory holding the 1,174 articles: built with the core's ingestor (no demo
 * articles), or reused from an earlier run together with the figures that run measured while building it.
 */
final class BenchCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATS = "bench-ingest.json";

    private BenchCorpus() {
    }

    /** Core settings for the benchmark: the shipped defaults, no demo, and rate limits no benchmark can hit. */
    static CoreSettings settings(Path dataDir) {
        CoreSettings d = CoreSettings.defaults(dataDir);
        return new CoreSettings(dataDir, d.embeddingModel(), d.chunkWords(), d.coverage(), d.fusion(), d.zone(), d.maxQuestionChars(),
                10_000_000, 10_000_000, d.admins(), d.fetch(), false);
    }

    /**
     * What the ingest measured.
     *
     * @param heapAfterMb heap in use after the ingest and a full GC, in the ingesting JVM
     */
    record IngestStats(int drafts, int added, int duplicates, int failures, long chunks, double seconds, double heapAfterMb, String model,
                       String measuredAt) {
        double articlesPerSecond() {
            return added / seconds;
        }

        double chunksPerSecond() {
            return chunks / seconds;
        }
    }

    /** Builds the data directory from scratch, or reuses it when asked and complete. */
    static IngestStats ensure(Path dataDir, List<ArticleDraft> drafts, boolean reuse) throws IOException {
        Path stats = dataDir.resolve(STATS);
        if (reuse && Files.exists(stats)) {
            System.out.println("Reusing the index in " + dataDir + " (built " + JSON.readValue(stats.toFile(), IngestStats.class).measuredAt() + ")");
            return JSON.readValue(stats.toFile(), IngestStats.class);
        }
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        CoreSettings settings = settings(dataDir);
        try (NewsbotCore core = NewsbotCore.open(settings, Clock.systemUTC())) {
            System.out.printf("Ingesting %d articles into %s with %s ...%n", drafts.size(), dataDir, settings.embeddingModel());
            long started = System.nanoTime();
            IngestReport report = core.ingestor().ingestDrafts(drafts, null, progress());
            double seconds = (System.nanoTime() - started) / 1e9;
            double heap = heapAfterGcMb();
            IngestStats s = new IngestStats(drafts.size(), report.added(), report.duplicates(), report.failures().size(), core.index().chunkCount(), seconds,
                    heap, settings.embeddingModel(), Instant.now().toString());
            report.failures().stream().limit(10).forEach(f -> System.out.println("  not ingested: " + f));
            JSON.writerWithDefaultPrettyPrinter().writeValue(stats.toFile(), s);
            System.out.printf("Ingested %d articles, %d chunks in %.1f s (%.2f articles/s), heap after %.0f MB%n", s.added(), s.chunks(),
                    s.seconds(), s.articlesPerSecond(), s.heapAfterMb());
            return s;
        }
    }

    private static Ingestor.Progress progress() {
        long started = System.nanoTime();
        return (done, total) -> {
            if (done % 100 == 0 || done == total) {
                System.out.printf("  %d/%d articles, %.0f s%n", done, total, (System.nanoTime() - started) / 1e9);
            }
        };
    }

    /** Store id to benchmark key ({@code cnndm:ID}, {@code polnear:NAME}), read back from the locators. */
    static Map<Long, String> keys(ArticleStore store) {
        Map<Long, String> out = new HashMap<>();
        for (Long id : store.allIds()) store.byId(id).map(Article::locator).ifPresent(l -> out.put(id, l));
        return out;
    }

    static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
