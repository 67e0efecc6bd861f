package io.newsbot.launcher;

import io.newsbot.testing.TestCore;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as a separate process: SIGTERM stops it cleanly and releases the data directory. */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    @Test
    void sigterm_closes_the_store_cleanly_and_frees_the_data_directory() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = dir.resolve("data");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "--data", data.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().put("NEWSBOT_HTTP_PORT", Integer.toString(port));
        Process bot = pb.start();
        try {
            // Given a running bot whose health endpoint answers
            HttpClient client = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plusSeconds(60);
            int status = 0;
            while (status != 200 && Instant.now().isBefore(deadline) && bot.isAlive()) {
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    bot.waitFor(200, TimeUnit.MILLISECONDS);
                }
            }
            assertThat(status).isEqualTo(200);
            // When it gets SIGTERM
            bot.destroy();
            // Then it exits, saying so, and the data directory opens again
            assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(java.nio.file.Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8)).contains("Shutting down");
            try (NewsbotCore again = TestCore.open(CoreSettings.defaults(data), Clock.systemUTC())) {
                assertThat(again.articles().count()).isEqualTo(2);
            }
        } finally {
            bot.destroyForcibly();
        }
    }
}
