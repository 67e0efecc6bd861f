package io.newsbot.launcher.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built jar as a separate process, started as an operator would and killed with SIGKILL as a crash would. */
final class BotProcess {
    private final Path jar;
    private final Path home;
    private final Map<String, String> env;
    private Process process;
    private Path log;

    BotProcess(Path jar, Path home, Map<String, String> env) {
        this.jar = jar;
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /** Starts the jar, its output going to {@code run-N.log}. */
    void start(int run) throws IOException {
        log = home.resolve("run-" + run + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString())).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("NEWSBOT_"));
        pb.environment().putAll(env);
        process = pb.start();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. Returns when it happened. */
    Instant kill() throws InterruptedException {
        Instant at = Instant.now();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("the bot did not die");
        return at;
    }

    /** SIGTERM: the bot finishes what is under way and closes the store. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the bot did not stop within 90 s of SIGTERM");
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String log() throws IOException {
        return log == null || !Files.exists(log) ? "" : Files.readString(log);
    }

    /** Every run's log, for a failure report. */
    String logs() throws IOException {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(home)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("run-\\d+\\.log")).sorted().toList()) {
                out.append("--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        return out.toString();
    }
}
