package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Start-up on an existing index: {@link StartupProbe} in fresh JVMs, a few times, reporting the median run. */
final class Startup {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Startup() {
    }

    /** The median run (by time to open the core) and how many runs were made. */
    record Result(double openMs, long jvmToReadyMs, double firstAnswerMs, long chunks, int runs) {
    }

    static Result measure(Path dataDir, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<JsonNode> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), dataDir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || out.isEmpty()) throw new IOException("The start-up probe failed (exit " + p.exitValue() + ")");
            JsonNode r = JSON.readTree(out.lines().reduce((a, b) -> b).orElseThrow());
            System.out.println("  start-up run " + (i + 1) + ": " + r);
            results.add(r);
        }
        results.sort(Comparator.comparingDouble(r -> r.get("open_ms").asDouble()));
        JsonNode m = results.get(results.size() / 2);
        return new Result(m.get("open_ms").asDouble(), m.get("jvm_start_to_ready_ms").asLong(), m.get("first_answer_ms").asDouble(),
                m.get("chunks").asLong(), runs);
    }
}
