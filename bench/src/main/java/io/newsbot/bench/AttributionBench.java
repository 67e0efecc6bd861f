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

    AttributionBench(Path benchData) {
        this.scorer = benchData.resolve("score_attributions.py");
    }

    /** The scorer's figures for one split, and what the run took. */
    record Result(String split, int articles, int predictions, double seconds, JsonNode scores) {
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
                    o.put("cue", a.cue());
                    o.put("direct", a.direct());
                    out.write(JSON.writeValueAsString(o));
                    out.newLine();
                    count++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(splitDir.getFileName().toString(), texts.size(), count, seconds, score(splitDir, predictions));
    }

    private JsonNode score(Path splitDir, Path predictions) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorer.toString(), "--gold-dir", splitDir.toString(), "--pred", predictions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("The attribution scorer failed (exit " + p.exitValue() + ")");
        return JSON.readTree(out);
    }
}
