package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.index.Embedder;
import io.newsbot.story.StorySettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story grouping on the two labelled story sets: the shipped setting online (articles arriving one by one in date
 * order, the undated after the dated in file order), in three random orders, and all at once; per fold; and, with
 * {@code --sweep}, the cross-validation that chose the setting. Figures from {@code score_stories.py}.
 */
final class StoryBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path data;
    private final Path work;

    StoryBench(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    /** One set's figures with the shipped setting. */
    record SetResult(String name, int articles, int gold, JsonNode online, JsonNode allAtOnce, double allAtOnceWindowed, List<Double> randomOrders, List<Double> folds,
                     List<String> foldNames, int predictedStories, double secondsPerArticle) {
    }

    record Result(StorySettings settings, List<SetResult> sets, StorySweep.Result sweep) {
    }

    Result run(Embedder embedder, boolean reuse, boolean sweep) throws IOException, InterruptedException {
        StorySettings s = StorySettings.DEFAULT;
        List<SetResult> sets = new ArrayList<>();
        List<StorySet> folds = new ArrayList<>();
        Map<String, Map<String, List<float[]>>> vectors = new HashMap<>();
        for (String name : List.of("ecbplus", "giveme5w1h")) {
            StorySet set = StorySet.read(name, data.resolve("stories/" + name + ".jsonl"));
            Map<String, List<float[]>> v = StoryVectors.of(set, embedder, work.resolve("story-vectors/" + name + ".bin"), reuse);
            vectors.put(set.file().toString(), v);
            long start = System.nanoTime();
            Map<String, String> online = StoryGroupingBench.online(set, set.byDate(), v, s);
            double perArticle = (System.nanoTime() - start) / 1e9 / set.items().size();
            JsonNode onlineScores = score(set, online, "online");
            JsonNode all = score(set, AllAtOnceGrouping.group(set, v, s, false), "all-at-once");
            double windowed = StoryGroupingBench.score(set, AllAtOnceGrouping.group(set, v, s, true)).f1();
            List<Double> random = new ArrayList<>();
            for (long seed = 1; seed <= 3; seed++) {
                random.add(StoryGroupingBench.score(set, StoryGroupingBench.online(set, StoryGroupingBench.shuffled(set, seed), v, s)).f1());
            }
            List<Double> foldF1 = new ArrayList<>();
            List<String> foldNames = new ArrayList<>();
            for (StorySet fold : set.folds()) {
                foldF1.add(StoryGroupingBench.score(fold, StoryGroupingBench.online(fold, fold.byDate(), v, s)).f1());
                foldNames.add(fold.name());
                folds.add(fold);
            }
            int gold = (int) set.items().stream().map(StorySet.Item::cluster).distinct().count();
            int predicted = (int) online.values().stream().distinct().count();
            System.out.println("stories, " + name + ": online " + onlineScores + ", all at once " + all.path("bcubed_f1") + ", random orders " + random);
            sets.add(new SetResult(name, set.items().size(), gold, onlineScores, all, windowed, random, foldF1, foldNames, predicted, perArticle));
        }
        StorySweep.Result swept = sweep ? StorySweep.run(folds, vectors, StorySweep.grid()) : null;
        return new Result(s, sets, swept);
    }

    private JsonNode score(StorySet set, Map<String, String> predicted, String what) throws IOException, InterruptedException {
        Path pred = work.resolve("stories-" + set.name() + "-" + what + ".jsonl");
        Files.createDirectories(pred.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : predicted.entrySet()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("article_id", e.getKey());
                o.put("story", e.getValue());
                out.write(JSON.writeValueAsString(o));
                out.newLine();
            }
        }
        Process p = new ProcessBuilder("python3", data.resolve("score_stories.py").toString(), "--gold", set.file().toString(),
                "--pred", pred.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("score_stories.py failed (exit " + p.exitValue() + ")");
        return JSON.readTree(out);
    }
}
