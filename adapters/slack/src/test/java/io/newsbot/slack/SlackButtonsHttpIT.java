package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vote buttons over HTTP: presses arrive as Slack sends them, {@code application/x-www-form-urlencoded} with the
 * payload in {@code payload=}, signed; a forged press is refused and records nothing.
 */
class SlackButtonsHttpIT extends SlackButtonsCases {
    private static final String SECRET = "test-signing-secret";
    @RegisterExtension
    static final SlackAdapterFixture slack = SlackAdapterFixture.http(SECRET);

    @Override
    SlackAdapterFixture slack() {
        return slack;
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
        FakeSlackApi.Post answer = slack.api().awaitPost();
        long id = lastAnswer("C990");
        String form = SlackPayloads.form(Map.of("payload", SlackPayloads.blockActions("C990", "U990", answer.ts(), false,
                com.google.gson.JsonParser.parseString(answer.blocksJson()).getAsJsonArray(), "👎", slack.api().responseUrl("f1")).toString()));

        assertThat(post("application/x-www-form-urlencoded", form, "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(votesOn(id)).isEmpty();
    }

    private static HttpResponse<String> post(String type, String body, String secret) throws Exception {
        return slack.postSigned(HttpRequest.newBuilder().header("Content-Type", type), body, Instant.now().getEpochSecond(), secret);
    }
}
