package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.newsbot.slack.fake.SlackPayloads;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vote buttons over Socket Mode: presses arrive as {@code interactive} envelopes and are acknowledged on the socket. */
class SlackButtonsSocketModeIT extends SlackButtonsCases {
    @RegisterExtension
    static final SlackAdapterFixture slack = SlackAdapterFixture.socketMode();

    @Override
    SlackAdapterFixture slack() {
        return slack;
    }

    @Override
    void mention(String id, String channel, String user, String text, String ts) {
        slack.socket().deliver(SlackPayloads.eventsEnvelope("env-" + id, "Ev-" + id, SlackPayloads.mention(channel, user, text, ts, null), 0));
    }

    @Override
    void press(String id, JsonObject blockActions) throws Exception {
        slack.socket().deliver(SlackPayloads.interactiveEnvelope("env-" + id, blockActions));
        assertThat(slack.socket().awaitAck("env-" + id).get("envelope_id").getAsString()).isEqualTo("env-" + id);
    }
}
