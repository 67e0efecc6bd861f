package io.newsbot.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.PlatformStatus;
import java.time.Instant;
import java.util.Map;
import io.newsbot.testing.TestCore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import ch.qos.logback.classic.Level;
import io.newsbot.store.StoreException;
import io.newsbot.testing.LogRecorder;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthServerTest {
    @TempDir
    Path dir;

    @Test
    void serves_health_and_prometheus_metrics() throws Exception {
        try (NewsbotCore core = TestCore.open(dir)) {
            var registry = Metrics.register(core);
            try (HealthServer server = new HealthServer("127.0.0.1", 0, core, registry)) {
                server.start();
                TestCore.ask(core, "What was said about Syria?");
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"articles\":2").contains("\"undelivered\":0");
                HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.body()).contains("newsbot_articles 2.0").contains("newsbot_outbox_pending 0.0").contains("newsbot_replies_seconds_count{kind=\"answer\",platform=\"console\"} 1");
            }
        }
    }

    @Test
    void a_store_that_stops_answering_gets_503_and_one_log_line_with_its_cause_until_it_answers_again() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        Supplier<Map<String, PlatformStatus>> platforms = () -> {
            if (down.get()) throw new StoreException("The store does not answer", new java.sql.SQLException("connection refused"));
            return Map.of();
        };
        try (NewsbotCore core = TestCore.open(dir);
             HealthServer server = new HealthServer("127.0.0.1", 0, core, Metrics.register(core), platforms);
             LogRecorder log = new LogRecorder()) {
            server.start();
            URI healthz = URI.create("http://127.0.0.1:" + server.port() + "/healthz");
            HttpClient client = HttpClient.newHttpClient();

            assertThat(status(client, healthz)).isEqualTo(503);
            assertThat(status(client, healthz)).isEqualTo(503);
            down.set(false);
            assertThat(status(client, healthz)).isEqualTo(200);

            assertThat(log.atLeast(Level.WARN)).singleElement().satisfies(e -> {
                assertThat(e.getFormattedMessage()).contains("/healthz answers 503");
                assertThat(e.getThrowableProxy()).as("the cause, for the operator").isNotNull();
            });
            assertThat(log.lines("/healthz answers 200 again")).hasSize(1);
        }
    }

    private static int status(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void reports_each_platforms_state_and_a_degraded_bot_while_one_cannot_be_reached() {
        Instant since = Instant.parse("2026-11-23T10:00:00Z");
        Map<String, PlatformStatus> platforms = Map.of(
                "telegram", new PlatformStatus(PlatformStatus.State.UNREACHABLE, "getupdates could not reach the Bot API", since),
                "slack", new PlatformStatus(PlatformStatus.State.CONNECTED, "", since));

        String body = HealthServer.health(2, 3, platforms);

        assertThat(body).contains("\"status\":\"degraded\"").contains("\"undelivered\":3")
                .contains("\"telegram\":{\"state\":\"unreachable\",\"since\":\"2026-11-23T10:00:00Z\",\"detail\":\"getupdates could not reach the Bot API\"}")
                .contains("\"slack\":{\"state\":\"connected\"");
        assertThat(HealthServer.health(2, 0, Map.of("slack", platforms.get("slack")))).contains("\"status\":\"ok\"");
    }
}
