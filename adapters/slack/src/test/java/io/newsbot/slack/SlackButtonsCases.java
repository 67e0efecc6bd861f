package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.newsbot.app.NewsbotCore;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.Vote;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 👍 / 👎 under answers in Slack, the same over Socket Mode and over signed HTTP: the Block Kit buttons, the presses
 * ({@code block_actions}) acknowledged and stored, and the reasons offered to the presser alone after a 👎.
 */
abstract class SlackButtonsCases {
    static final List<List<String>> VOTES = List.of(List.of("👍", "👎"));

    /** The adapter on this transport, with its core and fake Web API. */
    abstract SlackAdapterFixture slack();

    NewsbotCore core() {
        return slack().core();
    }

    FakeSlackApi api() {
        return slack().api();
    }

    /** Delivers a mention as this transport does. */
    abstract void mention(String id, String channel, String user, String text, String ts) throws Exception;

    /** Delivers a press as this transport does, and checks that it was acknowledged. */
    abstract void press(String id, JsonObject blockActions) throws Exception;

    List<Vote> votesOn(long answerId) {
        return core().feedback().latestVotes(1000).stream().map(FeedbackStore.Rated::vote).filter(v -> v.answerId() == answerId).toList();
    }

    long lastAnswer(String channel) {
        return core().feedback().lastAnswer(new ChatRef("slack", channel, ChatType.GROUP)).orElseThrow().id();
    }

    @Test
    void an_answer_ends_with_thumbs_up_and_down_and_a_second_press_changes_the_vote() throws Exception {
        String channel = "C9" + getClass().getSimpleName().length();
        mention("b1", channel, "U901", "<@UBOT> What was said about Syria?", "1800000901.000100");
        FakeSlackApi.Post answer = api().awaitPost();
        JsonArray blocks = JsonParser.parseString(answer.blocksJson()).getAsJsonArray();
        long id = lastAnswer(channel);

        assertThat(answer.buttons()).isEqualTo(VOTES);
        assertThat(blocks.get(blocks.size() - 1).getAsJsonObject().get("type").getAsString()).isEqualTo("actions");
        assertThat(answer.blocksText()).contains("Syria");

        press("b2", SlackPayloads.blockActions(channel, "U901", answer.ts(), false, blocks, "👍", api().responseUrl("b2")));
        assertThat(api().awaitResponse().body().get("text").getAsString()).isEqualTo("Thanks — noted 👍");
        press("b3", SlackPayloads.blockActions(channel, "U901", answer.ts(), false, blocks, "👎", api().responseUrl("b3")));
        FakeSlackApi.Response offer = api().awaitResponse();

        assertThat(votesOn(id)).singleElement().satisfies(v -> {
            assertThat(v.good()).isFalse();
            assertThat(v.voter()).isEqualTo("slack:U901");
        });
        assertThat(offer.body().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(offer.body().has("replace_original") && offer.body().get("replace_original").getAsBoolean()).as("the answer stays").isFalse();
        assertThat(offer.buttons()).containsExactly(List.of("Wrong person", "Not about my question", "Outdated", "Other"));

        press("b4", SlackPayloads.blockActions(channel, "U901", "1800000901.999999", true, offer.body().getAsJsonArray("blocks"), "Outdated",
                api().responseUrl("b4")));
        FakeSlackApi.Response noted = api().awaitResponse();

        assertThat(noted.body().get("text").getAsString()).isEqualTo("Noted: outdated. Thank you.");
        assertThat(noted.body().get("replace_original").getAsBoolean()).as("the pick replaces the offer").isTrue();
        assertThat(votesOn(id)).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(Vote.Reason.OUTDATED));
    }

    @Test
    void help_carries_no_buttons() throws Exception {
        mention("b5", "C95", "U905", "<@UBOT> help", "1800000905.000100");

        FakeSlackApi.Post help = api().awaitPost();
        assertThat(help.blocksText()).contains("/newsbot");
        assertThat(help.buttons()).isEmpty();
    }
}
