package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Display names from a users.info served on 127.0.0.1, read by the real Slack client. */
class UsersInfoNamesTest {
    static final Map<String, String> USERS = Map.of(
            "U42", "{\"ok\":true,\"user\":{\"id\":\"U42\",\"name\":\"maria\",\"real_name\":\"Maria Lopez\",\"profile\":{\"display_name\":\"Maria\","
                    + "\"real_name\":\"Maria Lopez\"}}}",
            "U43", "{\"ok\":true,\"user\":{\"id\":\"U43\",\"name\":\"bo\",\"profile\":{\"display_name\":\"\",\"real_name\":\"Bo Chen\"}}}");
    final AtomicInteger calls = new AtomicInteger();
    HttpServer server;
    Slack slack;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/users.info", exchange -> {
            calls.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = body.replaceFirst(".*user=([A-Z0-9]+).*", "$1");
            byte[] out = USERS.getOrDefault(user, "{\"ok\":false,\"error\":\"user_not_found\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        // The Slack client asks auth.test for the team id before its first call.
        server.createContext("/api/auth.test", exchange -> {
            byte[] out = "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        slack = Slack.getInstance(config);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        slack.close();
    }

    @Test
    void names_a_user_by_display_name_then_full_name_and_asks_slack_once() {
        UsersInfoNames names = new UsersInfoNames(slack.methods("xoxb-test"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

        assertThat(names.displayName("U42")).contains("Maria");
        assertThat(names.displayName("U42")).contains("Maria");
        assertThat(names.displayName("U43")).contains("Bo Chen");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void an_unknown_user_has_no_name_and_is_asked_again_only_later() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        UsersInfoNames soon = new UsersInfoNames(slack.methods("xoxb-test"), Clock.fixed(start, ZoneOffset.UTC));
        UsersInfoNames later = new UsersInfoNames(slack.methods("xoxb-test"), Clock.offset(Clock.fixed(start, ZoneOffset.UTC), Duration.ofHours(1)));

        assertThat(soon.displayName("U99")).isEmpty();
        assertThat(soon.displayName("U99")).isEmpty();
        assertThat(calls.get()).isEqualTo(1);
        assertThat(later.displayName("U99")).isEmpty();
        assertThat(calls.get()).isEqualTo(2);
    }
}
