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
        return measure(dataDir, runs, List.of());
    }

    /**
     * The same with an application class-data sharing archive (AppCDS): one run writes it, the measured runs map it.
     * Loading the classes of H2, Flyway, Lucene and ONNX Runtime is a large share of a cold start.
     */
    static Result measureWithClassArchive(Path dataDir, int runs, Path archive) throws IOException, InterruptedException {
        java.nio.file.Files.deleteIfExists(archive);
        probe(dataDir, List.of("-XX:ArchiveClassesAtExit=" + archive));
        return measure(dataDir, runs, List.of("-XX:SharedArchiveFile=" + archive));
    }

    private static Result measure(Path dataDir, int runs, List<String> jvmOptions) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            JsonNode r = probe(dataDir, jvmOptions);
            System.out.println("  start-up run " + (i + 1) + (jvmOptions.isEmpty() ? "" : " " + jvmOptions) + ": " + r);
            results.add(r);
        }
        results.sort(Comparator.comparingDouble(r -> r.get("open_ms").asDouble()));
        JsonNode m = results.get(results.size() / 2);
        return new Result(m.get("open_ms").asDouble(), m.get("jvm_start_to_ready_ms").asLong(), m.get("first_answer_ms").asDouble(),
                m.get("chunks").asLong(), runs);
    }

    private static JsonNode probe(Path dataDir, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), dataDir.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || out.isEmpty()) throw new IOException("The start-up probe failed (exit " + p.exitValue() + ")");
        return JSON.readTree(out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
    }
}
