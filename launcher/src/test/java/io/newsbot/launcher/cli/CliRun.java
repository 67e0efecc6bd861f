package io.newsbot.launcher.cli;

import io.newsbot.launcher.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in this JVM, as the tests see it: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {
    static {
        // Logging is set up before the first run swaps the streams: a console appender created during a run would
        // write to that run's captured standard output, and a test run alone would read log lines as its output.
        org.slf4j.LoggerFactory.getILoggerFactory();
    }

    static CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
