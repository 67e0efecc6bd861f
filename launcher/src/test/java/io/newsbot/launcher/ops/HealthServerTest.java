package io.newsbot.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.NewsbotCore;
import io.newsbot.platform.PlatformStatus;
import java.time.Instant;
import java.util.Map;
import io.newsbot.testing.TestCore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
