package io.newsbot.bench;

import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.story.StorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Development entry point: full-file figures for settings given as t,w,n,v,days,candidates,members,indexed. */
final class StoryTuning {
    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/bench");
        Path work = Path.of("bench/work");
        ExecutorService ex = Executors.newFixedThreadPool(2);
        OnnxEmbedder embedder = new OnnxEmbedder("all-minilm-l6-v2-q", ex);
        List<StorySet> sets = new ArrayList<>();
        Map<String, Map<String, List<float[]>>> vectors = new HashMap<>();
        for (String name : List.of("ecbplus", "giveme5w1h")) {
            StorySet set = StorySet.read(name, data.resolve("stories/" + name + ".jsonl"));
            vectors.put(name, StoryVectors.of(set, embedder, work.resolve("story-vectors/" + name + ".bin"), true));
            sets.add(set);
        }
        for (String arg : args) {
            String[] p = arg.split(",");
            StorySettings s = new StorySettings(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                    Duration.ofDays(Long.parseLong(p[4])), Integer.parseInt(p[5]), Integer.parseInt(p[6]), Integer.parseInt(p[7]));
            StringBuilder line = new StringBuilder(arg);
            for (StorySet set : sets) {
                BCubed on = StoryGroupingBench.score(set, StoryGroupingBench.online(set, set.byDate(), vectors.get(set.name()), s));
                BCubed all = StoryGroupingBench.score(set, AllAtOnceGrouping.group(set, vectors.get(set.name()), s));
                line.append(String.format(Locale.ROOT, " | %s online %.3f/%.3f/%.3f all %.3f", set.name(), on.precision(), on.recall(), on.f1(), all.f1()));
                if (System.getenv("ORDERS") != null) {
                    for (long seed = 1; seed <= 3; seed++) {
                        BCubed r = StoryGroupingBench.score(set, StoryGroupingBench.online(set, StoryGroupingBench.shuffled(set, seed), vectors.get(set.name()), s));
                        line.append(String.format(Locale.ROOT, " r%d %.3f", seed, r.f1()));
                    }
                }
            }
            System.out.println(line);
        }
        ex.shutdown();
    }
}
