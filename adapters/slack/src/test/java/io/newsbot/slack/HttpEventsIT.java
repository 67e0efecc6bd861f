package io.newsbot.slack;

import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;

import static io.newsbot.slack.fake.SlackPayloads.directMessage;
import static io.newsbot.slack.fake.SlackPayloads.eventCallback;
import static io.newsbot.slack.fake.SlackPayloads.mention;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.testing.TestCore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter in HTTP mode behind a JDK HTTP server, as the launcher mounts it, with requests signed as Slack signs them. */
class HttpEventsIT {
    private static final String SECRET = "test-signing-secret";
    static final HoldableExecutor workers = new HoldableExecutor();
    @RegisterExtension
    static final SlackAdapterFixture slack = SlackAdapterFixture.http(SECRET).answeringOn(() -> workers);

    @Test
    void answers_slack_s_url_verification_challenge() throws Exception {
        HttpResponse<String> response = post(json("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}"), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void answers_a_signed_mention_in_its_thread() throws Exception {
        String body = eventCallback("Ev-h1", mention("C800", "U800", "<@UBOT> What was said about Syria?", "1800000800.000100", null)).toString();

        HttpResponse<String> response = post(json(body), now(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        FakeSlackApi.Post answer = slack.api().awaitPost();
        assertThat(answer.channel()).isEqualTo("C800");
        assertThat(answer.threadTs()).isEqualTo("1800000800.000100");
        assertThat(answer.blocksText()).contains("They can help us with Syria");
    }

    @Test
    void refuses_a_request_with_a_bad_signature() throws Exception {
        String body = eventCallback("Ev-h2", mention("C810", "U810", "<@UBOT> What was said about Syria?", "1800000810.000100", null)).toString();

        HttpResponse<String> forged = post(json(body), now(), "not-the-secret");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertNextAnswerIsTo("C810", "1800000810.000200");
    }

    @Test
    void refuses_a_correctly_signed_request_older_than_five_minutes() throws Exception {
        String body = eventCallback("Ev-h3", mention("C820", "U820", "<@UBOT> What was said about Syria?", "1800000820.000100", null)).toString();

        HttpResponse<String> replayed = post(json(body), Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond(), SECRET);

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertNextAnswerIsTo("C820", "1800000820.000200");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"PT6M", "PT24H", "PT8760H"})
    void refuses_a_correctly_signed_request_from_the_future(String ahead) throws Exception {
        String body = eventCallback("Ev-f" + ahead, mention("C825", "U825", "<@UBOT> What was said about Syria?", "1800000825.000100", null)).toString();

        HttpResponse<String> fromTheFuture = post(json(body), Instant.now().plus(Duration.parse(ahead)).getEpochSecond(), SECRET);

        assertThat(fromTheFuture.statusCode()).isEqualTo(401);
        assertNextAnswerIsTo("C825", "1800000825.000" + ahead.length() + "00");
    }

    @Test
    void keeps_admin_output_to_the_asker_when_the_response_url_fails() throws Exception {
        slack.core().admins().grant("slack:U845", "console:local-user", io.newsbot.testing.TestCore.NOW);
        slack.api().cannedResponseOnce(new FakeSlackApi.Canned(404, Map.of(), "expired_url"));
        String form = SlackPayloads.form(SlackPayloads.slashCommand("C845", "U845", "admin audit 5", slack.api().responseUrl("h6"), "trig-h6"));

        HttpResponse<String> ack = post(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded"), form, now(), SECRET);

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlackApi.Post whisper = slack.api().awaitEphemeral();
        assertThat(whisper.user()).isEqualTo("U845");
        assertThat(whisper.blocksText()).contains("audit");
        assertNextAnswerIsTo("C845", "1800000845.000200");
        assertThat(slack.api().postsSoFar()).as("the audit log never went to the channel").isEmpty();
    }

    @Test
    void acknowledges_slack_s_retry_without_answering_again() throws Exception {
        String body = eventCallback("Ev-h4", directMessage("D830", "U830", "What did Lavrov say?", "1800000830.000100", null)).toString();
        assertThat(post(json(body), now(), SECRET).statusCode()).isEqualTo(200);
        assertThat(slack.api().awaitPost().channel()).isEqualTo("D830");

        HttpResponse<String> retry = post(json(body).header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout"), now(), SECRET);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertNextAnswerIsTo("C830", "1800000830.000200");
    }

    @Test
    void acknowledges_a_slash_command_within_slacks_three_seconds_even_when_answering_takes_longer() throws Exception {
        String form = SlackPayloads.form(SlackPayloads.slashCommand("C840", "U840", "ask What did Lavrov say?", slack.api().responseUrl("h5"), "trig-h5"));
        workers.hold();
        try {
            HttpResponse<String> ack = post(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded"), form, now(), SECRET);

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(slack.api().responsesSoFar()).isEmpty();
        } finally {
            workers.release();
        }
        FakeSlackApi.Response answer = slack.api().awaitResponse();
        assertThat(answer.body().get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(answer.blocksText()).contains("political infighting");
    }

    @Test
    void a_channel_named_directmessage_is_no_private_chat_and_needs_an_admin_to_subscribe() throws Exception {
        // Given a slash command from a public channel (id C…) whose name someone set to "directmessage"
        var command = SlackPayloads.slashCommand("C860", "U860", "subscribe 09:00", slack.api().responseUrl("h8"), "trig-h8");
        command.put("channel_name", "directmessage");

        post(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded"), SlackPayloads.form(command), now(), SECRET);

        // Then it is refused as in any channel, and nothing is subscribed
        FakeSlackApi.Response answer = slack.api().awaitResponse();
        assertThat(answer.body().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.blocksText()).contains("Only a bot admin can subscribe");
        assertThat(slack.core().subscriptions().all()).noneSatisfy(s -> assertThat(s.chat().id()).isEqualTo("C860"));
    }

    @Test
    void a_direct_message_subscribes_itself_whatever_its_name() throws Exception {
        var command = SlackPayloads.slashCommand("D870", "U870", "subscribe 09:00", slack.api().responseUrl("h7"), "trig-h7");
        command.put("channel_name", "privategroup");

        post(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded"), SlackPayloads.form(command), now(), SECRET);

        assertThat(slack.api().awaitResponse().blocksText()).contains("Subscribed");
        assertThat(slack.core().subscriptions().all()).anySatisfy(s -> assertThat(s.chat().id()).isEqualTo("D870"));
    }

    @Test
    void answers_only_post_requests() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(slack.eventsUri()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    /** A valid question sent after a refused or repeated one: its answer must be the next post, proving the other got none. */
    private void assertNextAnswerIsTo(String channel, String ts) throws Exception {
        String body = eventCallback("Ev-" + ts, mention(channel, "U" + channel, "<@UBOT> What did Lavrov say?", ts, null)).toString();
        assertThat(post(json(body), now(), SECRET).statusCode()).isEqualTo(200);
        FakeSlackApi.Post next = slack.api().awaitPost();
        assertThat(next.channel()).isEqualTo(channel);
        assertThat(next.threadTs()).isEqualTo(ts);
    }

    private record Pending(HttpRequest.Builder builder, String body) {
        Pending header(String name, String value) {
            builder.header(name, value);
            return this;
        }
    }

    private static Pending json(String body) {
        return new Pending(HttpRequest.newBuilder().header("Content-Type", "application/json"), body);
    }

    private static HttpResponse<String> post(Pending request, long timestamp, String secret) throws Exception {
        return post(request.builder(), request.body(), timestamp, secret);
    }

    private static HttpResponse<String> post(HttpRequest.Builder builder, String body, long timestamp, String secret) throws Exception {
        return slack.postSigned(builder, body, timestamp, secret);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
