package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who said what: runs the attribution extractor over one PolNeAR split, with offsets into each raw file's text
 * (as {@code newsbot quotes FILE --json} does), and scores the result with the shared scorer.
 */
final class AttributionBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());
    private final Path scorer;
    private final Path spanScorer;

    AttributionBench(Path benchData, Path spanScorer) {
        this.scorer = benchData.resolve("score_attributions.py");
        this.spanScorer = spanScorer;
    }

    /**
     * The scorers' figures for one split, and what the run took: {@code scores} from the official scorer, {@code spans}
     * from bench/score_attribution_spans.py (resolved source accuracy, exact and begin match of spans).
     */
    record Result(String split, int articles, int predictions, double seconds, JsonNode scores, JsonNode spans) {
        double f1(String subset) {
            return scores.path(subset).path("f1").asDouble();
        }
    }

    Result run(Path splitDir, Path predictions) throws IOException, InterruptedException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(splitDir.resolve("text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(predictions.getParent());
        int count = 0;
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (Path file : texts) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                for (Attribution a : extractor.extract(Files.readString(file, StandardCharsets.UTF_8))) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("article", name);
                    o.put("content_start", a.contentStart());
                    o.put("content_end", a.contentEnd());
                    o.put("source", a.speaker());
                    o.put("source_start", a.sourceStart());
                    o.put("source_end", a.sourceEnd());
                    o.put("role", a.source().role());
                    o.put("kind", a.source().kind().name());
                    o.put("cue", a.cue());
                    o.put("direct", a.direct());
                    out.write(JSON.writeValueAsString(o));
                    out.newLine();
                    count++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonNode official = score(List.of("python3", scorer.toString(), "--gold-dir", splitDir.toString(), "--pred", predictions.toString()));
        JsonNode spans = score(List.of("python3", spanScorer.toString(), "--scorer-dir", scorer.getParent().toString(), "--gold-dir",
                splitDir.toString(), "--pred", predictions.toString()));
        return new Result(splitDir.getFileName().toString(), texts.size(), count, seconds, official, spans);
    }

    private static JsonNode score(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("The attribution scorer failed (exit " + p.exitValue() + ")");
        return JSON.readTree(out);
    }
}
