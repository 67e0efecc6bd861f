package io.newsbot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/newsbot} runs the built jar, writes a class-data archive on the first run of a build and starts the
 * next runs from it, with stdout left to newsbot alone.
 */
class StartScriptIT {
    static final String QUESTION = "What did Lavrov say?";

    @TempDir
    Path home;

    record Run(int exit, String out) {
    }

    @Test
    void first_run_writes_a_class_archive_and_the_next_run_starts_from_it() throws Exception {
        Path cds = home.resolve("cds");
        Path classLog = home.resolve("classes.log");

        Run first = run(cds, "");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("don't quote Lavrov").doesNotContain("[cds]", "[warning]");
        assertThat(archives(cds)).hasSize(1);

        Run second = run(cds, "-Xlog:class+load=info:file=" + classLog);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readAllLines(classLog)).anyMatch(l -> l.contains("io.newsbot.launcher.Main source: shared objects file (top)"));
    }

    @Test
    void a_new_build_of_the_jar_gets_a_new_archive_and_the_old_one_is_removed() throws Exception {
        Path cds = home.resolve("cds");
        Files.createDirectories(cds);
        Path stale = Files.writeString(cds.resolve("newsbot-1-2-3.jsa"), "an archive of an earlier build");

        Run run = run(cds, "");

        assertThat(run.exit()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(archives(cds)).hasSize(1);
    }

    private Run run(Path cds, String javaOptions) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("bin/newsbot");
        ProcessBuilder pb = new ProcessBuilder(script.toString(), "ask", "--no-demo", "--data", home.resolve("data").toString(), QUESTION)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("NEWSBOT_JAR", System.getProperty("newsbot.jar"));
        env.put("NEWSBOT_CDS_DIR", cds.toString());
        env.put("NEWSBOT_JAVA_OPTS", javaOptions);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static List<Path> archives(Path cds) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
