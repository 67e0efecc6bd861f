package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** ROUGE F1 by the shared scorer ({@code rouge.py}), run on summaries written to a file. */
final class Rouge {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Scores(double r1, double r2, double rLsum) {
        double sum() {
            return r1 + r2 + rLsum;
        }
    }

    private Rouge() {
    }

    /** Scores summaries (key to sentences) against the reference file's entries with the same key. */
    static Scores score(Path scorer, Path reference, String key, Map<String, List<String>> summaries, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path pred = Files.createTempFile(work, "rouge-", ".jsonl");
        Path ref = Files.createTempFile(work, "rouge-ref-", ".jsonl");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, List<String>> e : summaries.entrySet()) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put(key, e.getKey());
                    e.getValue().forEach(o.putArray("summary_sents")::add);
                    out.write(JSON.writeValueAsString(o));
                    out.newLine();
                }
            }
            // Only the references summarised: a half of the file is scored as a half.
            try (BufferedWriter out = Files.newBufferedWriter(ref, StandardCharsets.UTF_8)) {
                for (String line : Files.readAllLines(reference, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && summaries.containsKey(JSON.readTree(line).get(key).asText())) {
                        out.write(line);
                        out.newLine();
                    }
                }
            }
            Process p = new ProcessBuilder("python3", scorer.toString(), "--key", key, "--ref", ref.toString(), "--pred", pred.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IOException("rouge.py failed (exit " + p.exitValue() + ")");
            JsonNode r = JSON.readTree(out);
            return new Scores(r.get("rouge1").asDouble(), r.get("rouge2").asDouble(), r.get("rougeLsum").asDouble());
        } finally {
            Files.deleteIfExists(pred);
            Files.deleteIfExists(ref);
        }
    }
}
