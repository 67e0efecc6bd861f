package io.newsbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questions of the shared benchmarks, read in place from {@code ../shared/bench}: the "What did X say?" questions of
 * PolNeAR dev (speaker_questions.py, with train's absent speakers as negatives), RealTimeQA's dev quiz questions and
 * the retrieval highlights. Each set is split into alternate lines: the even ones to develop on, the odd ones held out.
 */
public final class BenchQuestions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchQuestions() {
    }

    /** One question of a set, with its position in the set. */
    public record Asked(String set, int index, String text) {
        /** Alternate lines: even to develop the normaliser on, odd held out. */
        public boolean heldOut() {
            return index % 2 == 1;
        }
    }

    /** The shared data: {@code $NEWSBOT_BENCH_DATA}, or {@code shared/bench} beside the worktree, if present. */
    public static Optional<Path> locate() {
        String configured = System.getenv("NEWSBOT_BENCH_DATA");
        if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured)).filter(p -> Files.isDirectory(p.resolve("retrieval")));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bench");
            if (Files.isDirectory(candidate.resolve("retrieval"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    public static List<Asked> all(Path bench) throws IOException, InterruptedException {
        List<Asked> out = new ArrayList<>(speakerQuestions(bench));
        out.addAll(field("realtimeqa", bench.resolve("realtimeqa/dev-questions.jsonl"), "question"));
        out.addAll(field("retrieval", bench.resolve("retrieval/queries.jsonl"), "query"));
        return out;
    }

    /** speaker_questions.py's questions (python3 must be on the path). */
    public static List<Asked> speakerQuestions(Path bench) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", bench.resolve("speaker_questions.py").toString(), bench.resolve("polnear/dev").toString(),
                "--negatives", bench.resolve("polnear/train").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("speaker_questions.py failed with exit code " + p.exitValue());
        List<Asked> asked = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) asked.add(new Asked("speaker", asked.size(), JSON.readTree(line).get("query").asText()));
        }
        return asked;
    }

    private static List<Asked> field(String set, Path file, String field) {
        List<Asked> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode node = JSON.readTree(line);
                out.add(new Asked(set, out.size(), node.get(field).asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return out;
    }
}
