package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.digest.StorySummariser;
import io.newsbot.index.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Story summaries on neus-val (three outlets' leads per story, AllSides' neutral summary as reference): the
 * digest's {@link StorySummariser} against the first sentence of each article. Weights are tuned on one half of
 * the stories (alternate lines) and scored on the other, both ways round.
 */
final class StorySummaryBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path data;
    private final Path work;
    private final SentenceSplitter splitter = new SentenceSplitter();

    StorySummaryBench(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    record Story(String id, List<StorySummariser.Source> sources) {
    }

    record Fold(String tunedOn, StorySummariser.Weights chosen, Rouge.Scores tuning, Rouge.Scores heldOut, Rouge.Scores baselineHeldOut) {
    }

    record Result(int stories, Rouge.Scores shipped, Rouge.Scores baseline, List<Fold> folds, double wordsPerSummary, double sentencesPerSummary) {
    }

    Result run() throws IOException, InterruptedException {
        List<Story> all = read();
        List<Story> even = new ArrayList<>();
        List<Story> odd = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) (i % 2 == 0 ? even : odd).add(all.get(i));
        List<Fold> folds = List.of(fold("even", even, odd), fold("odd", odd, even));
        StorySummariser shipped = new StorySummariser(splitter);
        Map<String, List<String>> summaries = summarise(all, s -> shipped.summarise(s.sources()).stream().map(StorySummariser.Picked::text).toList());
        double words = summaries.values().stream().mapToDouble(l -> String.join(" ", l).split("\\s+").length).average().orElse(0);
        double sentences = summaries.values().stream().mapToInt(List::size).average().orElse(0);
        return new Result(all.size(), score(summaries), score(summarise(all, this::firstSentences)), folds, words, sentences);
    }

    /** Tunes on one half (the grid below, by the sum of the three ROUGE F1) and scores the choice on the other. */
    private Fold fold(String name, List<Story> tune, List<Story> check) throws IOException, InterruptedException {
        StorySummariser.Weights best = null;
        Rouge.Scores bestScores = null;
        for (double consensus : new double[] {1, 2, 3}) {
            for (double titles : new double[] {0, 1, 2}) {
                for (double redundancy : new double[] {0.3, 0.5}) {
                    for (int budget : new int[] {45, 55, 65}) {
                        StorySummariser.Weights w = new StorySummariser.Weights(0.75, consensus, titles, redundancy, budget, 4);
                        StorySummariser s = new StorySummariser(splitter, w);
                        Rouge.Scores r = score(summarise(tune, st -> s.summarise(st.sources()).stream().map(StorySummariser.Picked::text).toList()));
                        if (bestScores == null || r.sum() > bestScores.sum()) {
                            best = w;
                            bestScores = r;
                        }
                    }
                }
            }
        }
        StorySummariser chosen = new StorySummariser(splitter, best);
        Rouge.Scores held = score(summarise(check, st -> chosen.summarise(st.sources()).stream().map(StorySummariser.Picked::text).toList()));
        System.out.println("story summaries, tuned on the " + name + " half: " + best + " -> held out " + held);
        return new Fold(name, best, bestScores, held, score(summarise(check, this::firstSentences)));
    }

    private List<String> firstSentences(Story s) {
        List<String> out = new ArrayList<>();
        for (StorySummariser.Source src : s.sources()) {
            var sentences = splitter.split(src.body());
            if (!sentences.isEmpty()) out.add(sentences.get(0).text());
        }
        return out;
    }

    private static Map<String, List<String>> summarise(List<Story> stories, Function<Story, List<String>> f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Story s : stories) out.put(s.id(), f.apply(s));
        return out;
    }

    private Rouge.Scores score(Map<String, List<String>> summaries) throws IOException, InterruptedException {
        return Rouge.score(data.resolve("rouge.py"), data.resolve("stories/neus-val.jsonl"), "cluster_id", summaries, work.resolve("rouge"));
    }

    private List<Story> read() throws IOException {
        List<Story> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("stories/neus-val.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            List<StorySummariser.Source> sources = new ArrayList<>();
            for (JsonNode a : n.get("articles")) {
                sources.add(new StorySummariser.Source(a.path("title").asText(""), a.path("text").asText("").strip().replaceAll("\\s*\\n\\s*", "\n\n")));
            }
            out.add(new Story(n.get("cluster_id").asText(), sources));
        }
        return out;
    }
}
