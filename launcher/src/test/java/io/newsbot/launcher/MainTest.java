package io.newsbot.launcher;

import io.newsbot.testing.TestCore;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.error.NewsbotException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes and the one line they see. */
class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ask_answers_from_the_demo_articles_with_a_citation() {
        Run r = run("ask", "--data", dir.resolve("data").toString(), "What was said about Syria?");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("They can help us with Syria").contains("[1] Trump may meet Putin");
    }

    @Test
    void ask_json_says_when_the_articles_do_not_cover_a_question() {
        Run r = run("ask", "--json", "--data", dir.resolve("data").toString(), "What is the weather in Paris?");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"not_covered\":true").contains("\"citations\":[]");
    }

    @Test
    void a_bad_configuration_is_one_line_and_exit_1() throws Exception {
        Path config = dir.resolve("bad.yml");
        Files.writeString(config, "timezone: Nowhere/Land\n");
        Run r = run("ask", "--config", config.toString(), "--data", dir.resolve("data").toString(), "hi");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("newsbot: Setting timezone is 'Nowhere/Land'").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void an_unreadable_ingest_path_is_one_line_and_exit_1() {
        Run r = run("ingest", "--data", dir.resolve("data").toString(), "--no-demo", dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("newsbot: " + dir.resolve("missing.txt") + " does not exist.");
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_one_line_and_exit_1() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run r = run("ask", "--data", file.resolve("data").toString(), "hi");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("newsbot: Cannot create the data directory").doesNotContain("\n");
    }

    @Test
    void a_data_directory_held_by_another_running_newsbot_is_one_line_and_exit_1() throws Exception {
        Path data = dir.resolve("held");
        try (NewsbotCore held = TestCore.open(CoreSettings.defaults(data).withSeedDemo(false), Clock.systemUTC())) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "ask", "--data", data.toString(), "hi"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(output).contains("newsbot: The data directory " + data + " is in use by another running newsbot");
            assertThat(output).doesNotContain("Exception");
        }
    }

    @Test
    void each_kind_of_newsbot_failure_is_one_line_and_exit_1_whatever_its_message_says() {
        for (NewsbotException.Kind kind : NewsbotException.Kind.values()) {
            java.io.StringWriter out = new java.io.StringWriter();
            int code = Main.failed(new NewsbotException(kind, "Something " + kind + " went wrong.", new java.io.IOException("disk")),
                    new java.io.PrintWriter(out, true));
            assertThat(code).as(kind.name()).isEqualTo(1);
            assertThat(out.toString()).isEqualTo("newsbot: Something " + kind + " went wrong." + System.lineSeparator());
        }
    }

    @Test
    void a_failure_of_no_known_kind_is_unexpected_whatever_its_message_says() {
        java.io.StringWriter out = new java.io.StringWriter();

        int code = Main.failed(new IllegalStateException("The search index is in use by another running newsbot."), new java.io.PrintWriter(out, true));

        assertThat(code).as("classified by kind, not by message text").isEqualTo(70);
        assertThat(out.toString()).contains("unexpected error");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
    }
}
