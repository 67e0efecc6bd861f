package io.newsbot.slack;

import io.newsbot.testing.TestCore;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.slack.fake.SlackPayloads;

import static io.newsbot.slack.fake.SlackPayloads.directMessage;
import static io.newsbot.slack.fake.SlackPayloads.eventCallback;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.testing.TestDatabase;
import io.newsbot.testing.TestSettings;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two newsbot instances on one PostgreSQL behind a load balancer, each with the Slack adapter in HTTP mode: an event
 * delivered to one and retried by Slack to the other is answered once. Skipped unless NEWSBOT_TEST_PG_URL is set.
 */
class TwoInstancesIT {
    private static final String SECRET = "pair-signing-secret";
    @TempDir
    static Path dirs;
    static String schema;
    static FakeSlackApi api;
    static final List<NewsbotCore> cores = new ArrayList<>();
    static final List<SlackAdapter> adapters = new ArrayList<>();
    static final List<HttpServer> servers = new ArrayList<>();

    @BeforeAll
    static void twoInstancesBehindALoadBalancer() throws Exception {
        TestDatabase.postgresUrl();
        schema = TestDatabase.uniqueName();
        StoreSettings store = StoreSettings.postgres(TestDatabase.newSchemaUrl(schema), "", "");
        api = new FakeSlackApi();
        for (String name : List.of("a", "b")) {
            NewsbotCore core = TestCore.open(TestSettings.with(dirs.resolve(name), Set.of(), TestSettings.localFetch()), store, Clock.systemUTC());
            cores.add(core);
            SlackAdapter adapter = new SlackAdapter(new SlackSettings(SlackSettings.Mode.HTTP, api.apiUrl(), "/slack/events", "xoxb-test", "",
                    SECRET), core, TestThreads.with(new HoldableExecutor()));
            adapters.add(adapter);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/slack/events", adapter.eventsHandler());
            server.start();
            servers.add(server);
            adapter.start();
        }
    }

    @AfterAll
    static void stop() {
        adapters.forEach(SlackAdapter::close);
        servers.forEach(s -> s.stop(0));
        cores.forEach(NewsbotCore::close);
        if (api != null) api.close();
        if (schema != null) TestDatabase.dropSchema(schema);
    }

    @Test
    void an_event_retried_to_the_other_instance_is_answered_once() throws Exception {
        String body = eventCallback("Ev-pair-1", directMessage("D900", "U900", "What did Lavrov say?", "1800000900.000100", null)).toString();

        assertThat(post(servers.get(0), body, null).statusCode()).isEqualTo(200);
        // Slack saw no answer in time and retries; the load balancer sends the retry to the other instance.
        assertThat(post(servers.get(1), body, "1").statusCode()).isEqualTo(200);

        FakeSlackApi.Post answer = api.awaitPost();
        assertThat(answer.channel()).isEqualTo("D900");
        // One more message, answered in turn: a second answer to the first would have gone out before it (one chat's
        // messages leave the outbox in the order they were written).
        String next = eventCallback("Ev-pair-2", directMessage("D900", "U900", "help", "1800000901.000100", null)).toString();
        assertThat(post(servers.get(1), next, null).statusCode()).isEqualTo(200);
        FakeSlackApi.Post help = api.awaitPost();
        assertThat(help.text()).as("the next message's answer, not the first one's again").isNotEqualTo(answer.text());
        assertThat(api.postsSoFar()).as("no second answer").isEmpty();
    }

    private static HttpResponse<String> post(HttpServer server, String body, String retry) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackAdapterFixture.sign(SECRET, timestamp, body));
        if (retry != null) request.header("X-Slack-Retry-Num", retry).header("X-Slack-Retry-Reason", "http_timeout");
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
