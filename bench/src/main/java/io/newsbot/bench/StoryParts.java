package io.newsbot.bench;

import io.newsbot.article.ArticleDraft;
import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.store.jdbc.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The benchmark parts about stories, each writing its own section of docs/benchmarks.md: {@code stories} (grouping
 * quality), {@code summaries} (story summaries on neus-val, single-article summaries on CNN/DailyMail) and
 * {@code story-cost} (placement rate at 10k and 100k stored articles, ingest with and without grouping).
 */
final class StoryParts {
    static final List<String> PARTS = List.of("stories", "summaries", "story-cost");

    private StoryParts() {
    }

    static void run(Predicate<String> wants, Path data, Path work, Report report, Machine machine, String command, boolean reuse, boolean sweep,
                    String pgUrl, List<Integer> storySizes) throws Exception {
        if (wants.test("summaries")) {
            var stories = new StorySummaryBench(data, work).run();
            report.section("Story summaries", StorySections.storySummaries(stories, machine, command));
            var single = new DigestSummaryBench(data, work).run();
            report.section("Digest summaries", StorySections.digestSummaries(single, machine, command));
        }
        if (!wants.test("stories") && !wants.test("story-cost")) return;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            OnnxEmbedder embedder = new OnnxEmbedder("all-minilm-l6-v2-q", pool);
            if (wants.test("stories")) {
                var result = new StoryBench(data, work).run(embedder, reuse, sweep);
                report.section("Stories", StorySections.stories(result, machine, command));
            }
            if (wants.test("story-cost")) {
                List<StorySet> sets = new ArrayList<>();
                Map<String, Map<String, List<float[]>>> vectors = new HashMap<>();
                for (String name : List.of("ecbplus", "giveme5w1h")) {
                    StorySet set = StorySet.read(name, data.resolve("stories/" + name + ".jsonl"));
                    sets.add(set);
                    vectors.put(name, StoryVectors.of(set, embedder, work.resolve("story-vectors/" + name + ".bin"), true));
                }
                StoryArchive archive = StoryArchive.of(sets, vectors);
                List<StorySet.Item> probes = sets.get(1).items();
                int[] sizes = storySizes.stream().mapToInt(Integer::intValue).toArray();
                List<StoryCostBench.Point> points = new ArrayList<>();
                List<StoryCostBench.Slowdown> slowdowns = new ArrayList<>();
                List<ArticleDraft> drafts = drafts(sets.get(1));
                Path h2 = work.resolve("stories-cost-h2");
                delete(h2);
                points.addAll(StoryCostBench.placement("H2 (embedded)", () -> Database.openH2(h2), archive, probes, vectors.get("giveme5w1h"), sizes));
                Path ingestDir = work.resolve("stories-ingest");
                delete(ingestDir);
                int[] run = {0};
                slowdowns.add(StoryCostBench.ingest("H2 + Lucene (embedded)", () -> Database.openH2(ingestDir.resolve("db-" + run[0]++)), ingestDir,
                        embedder, drafts));
                if (pgUrl != null && !pgUrl.isBlank()) {
                    String url = schema(pgUrl, "newsbot_bench_stories");
                    points.addAll(StoryCostBench.placement("PostgreSQL", () -> Database.openPostgres(url, null, null), archive, probes,
                            vectors.get("giveme5w1h"), sizes));
                    int[] pgRun = {0};
                    slowdowns.add(StoryCostBench.ingest("PostgreSQL + pgvector", () -> Database.openPostgres(schema(pgUrl, "newsbot_bench_stories_ingest_"
                            + pgRun[0]++), null, null), ingestDir, embedder, drafts));
                }
                report.section("Story grouping cost", StorySections.cost(points, slowdowns, machine, command));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Articles of a story set as the ingestor takes them: 160 of those with a title and enough words, in file order. */
    private static List<ArticleDraft> drafts(StorySet set) {
        List<ArticleDraft> out = new ArrayList<>();
        for (StorySet.Item i : set.items()) {
            if (i.title().isBlank() || i.body().split("\\s+").length < 40) continue;
            out.add(new ArticleDraft("bench-story:" + i.articleId(), "https://bench.example/" + i.articleId(), i.title(), i.outlet(), i.date(), i.body()));
            if (out.size() == 160) break;
        }
        return out;
    }

    /** A fresh schema in the benchmark's PostgreSQL, and a URL whose connections work in it. */
    private static String schema(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot prepare the schema " + schema + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
