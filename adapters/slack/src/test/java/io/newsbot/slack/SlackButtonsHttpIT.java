package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import io.newsbot.app.NewsbotCore;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;
import io.newsbot.testing.TestCore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vote buttons over HTTP: presses arrive as Slack sends them, {@code application/x-www-form-urlencoded} with the
 * payload in {@code payload=}, signed; a forged press is refused and records nothing.
 */
class SlackButtonsHttpIT extends SlackButtonsCases {
    private static final String SECRET = "test-signing-secret";
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static FakeSlackApi api;
    static SlackAdapter adapter;
    static HttpServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        core = TestCore.open(dataDir);
        api = new FakeSlackApi();
        adapter = new SlackAdapter(new SlackSettings(SlackSettings.Mode.HTTP, api.apiUrl(), "/slack/events", "xoxb-test", "", SECRET),
                core, TestThreads.with(Executors.newFixedThreadPool(2)));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/slack/events", adapter.eventsHandler());
        server.start();
        adapter.start();
    }

    @AfterAll
    static void stop() {
        adapter.close();
        server.stop(0);
        api.close();
        core.close();
    }

    @BeforeEach
    void forget() {
        api.clear();
    }

    @Override
    NewsbotCore core() {
        return core;
    }

    @Override
    FakeSlackApi api() {
        return api;
    }

    @Override
    void mention(String id, String channel, String user, String text, String ts) throws Exception {
        String body = SlackPayloads.eventCallback("Ev-" + id, SlackPayloads.mention(channel, user, text, ts, null)).toString();
        assertThat(post("application/json", body, SECRET).statusCode()).isEqualTo(200);
    }

    @Override
    void press(String id, JsonObject blockActions) throws Exception {
        assertThat(post("application/x-www-form-urlencoded", SlackPayloads.form(Map.of("payload", blockActions.toString())), SECRET).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_press_with_a_bad_signature_is_refused_and_records_nothing() throws Exception {
        mention("f1", "C990", "U990", "<@UBOT> What was said about Syria?", "1800000990.000100");
        FakeSlackApi.Post answer = api.awaitPost();
        long id = lastAnswer("C990");
        String form = SlackPayloads.form(Map.of("payload", SlackPayloads.blockActions("C990", "U990", answer.ts(), false,
                com.google.gson.JsonParser.parseString(answer.blocksJson()).getAsJsonArray(), "👎", api.responseUrl("f1")).toString()));

        assertThat(post("application/x-www-form-urlencoded", form, "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(votesOn(id)).isEmpty();
    }

    private static HttpResponse<String> post(String type, String body, String secret) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events"))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", HttpEventsIT.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
