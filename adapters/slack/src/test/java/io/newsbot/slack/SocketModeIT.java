package io.newsbot.slack;

import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;

import static io.newsbot.slack.fake.SlackPayloads.botMessage;
import static io.newsbot.slack.fake.SlackPayloads.directMessage;
import static io.newsbot.slack.fake.SlackPayloads.edit;
import static io.newsbot.slack.fake.SlackPayloads.eventsEnvelope;
import static io.newsbot.slack.fake.SlackPayloads.mention;
import static io.newsbot.slack.fake.SlackPayloads.slashCommand;
import static io.newsbot.slack.fake.SlackPayloads.slashCommandEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.newsbot.testing.TestCore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter in Socket Mode, with the real Slack client talking to a fake Web API and a fake Socket Mode server. */
class SocketModeIT {
    static final HoldableExecutor workers = new HoldableExecutor();
    @RegisterExtension
    static final SlackAdapterFixture slack = SlackAdapterFixture.socketMode().answeringOn(() -> workers);

    @Test
    void answers_a_mention_in_the_thread_of_the_asking_message() throws Exception {
        slack.socket().deliver(eventsEnvelope("env-m1", "Ev-m1", mention("C100", "U100", "<@UBOT> What was said about Syria?", "1800000100.000100", null), 0));

        assertThat(slack.socket().awaitAck("env-m1").get("envelope_id").getAsString()).isEqualTo("env-m1");
        FakeSlackApi.Post answer = slack.api().awaitPost();
        assertThat(answer.channel()).isEqualTo("C100");
        assertThat(answer.threadTs()).isEqualTo("1800000100.000100");
        assertThat(answer.token()).isEqualTo("xoxb-test");
        assertThat(answer.blocksText()).contains("They can help us with Syria").contains("*Sources*").contains("Trump may meet Putin");
        assertThat(answer.text()).contains("They can help us with Syria");
    }

    @Test
    void answers_a_mention_that_is_not_the_first_word_like_the_plain_question() throws Exception {
        slack.socket().deliver(eventsEnvelope("env-m2", "Ev-m2", mention("C101", "U101", "Hey <@UBOT>, what did Lavrov say?", "1800000101.000100", null), 0));
        String middle = slack.api().awaitPost().blocksText();
        slack.socket().deliver(eventsEnvelope("env-m3", "Ev-m3", mention("C101", "U101", "What did Lavrov say? (1) <@UBOT>", "1800000101.000200", null), 0));
        String last = slack.api().awaitPost().blocksText();
        slack.socket().deliver(eventsEnvelope("env-m4", "Ev-m4", mention("C101", "U101", "<@UBOT> help", "1800000101.000300", null), 0));
        String help = slack.api().awaitPost().blocksText();

        assertThat(middle).contains("*Sergei Lavrov*").contains("political infighting");
        assertThat(last).isEqualTo(middle);
        assertThat(help).contains("/newsbot ask QUESTION").doesNotContain("political infighting");
    }

    @Test
    void answers_a_direct_message_in_the_dm_itself_not_in_a_thread() throws Exception {
        slack.socket().deliver(eventsEnvelope("env-d1", "Ev-d1", directMessage("D200", "U200", "What did Lavrov say?", "1800000200.000100", null), 0));

        slack.socket().awaitAck("env-d1");
        FakeSlackApi.Post answer = slack.api().awaitPost();
        assertThat(answer.channel()).isEqualTo("D200");
        assertThat(answer.threadTs()).as("in the DM, where a follow-up is typed").isNull();
        assertThat(answer.blocksText()).contains("*Sergei Lavrov*").contains("political infighting");
    }

    @Test
    void answers_a_follow_up_in_a_thread_from_the_thread_s_previous_turn() throws Exception {
        slack.socket().deliver(eventsEnvelope("env-f1", "Ev-f1", mention("C300", "U300", "<@UBOT> What's new on North Korea?", "1800000300.000100", null), 0));
        assertThat(slack.api().awaitPost().blocksText()).contains("The newest on North Korea");

        slack.socket().deliver(eventsEnvelope("env-f2", "Ev-f2",
                mention("C300", "U300", "<@UBOT> and what about Ukraine?", "1800000300.000200", "1800000300.000100"), 0));
        FakeSlackApi.Post followUp = slack.api().awaitPost();
        slack.socket().deliver(eventsEnvelope("env-f3", "Ev-f3", mention("C300", "U300", "<@UBOT> and what about Ukraine?", "1800000300.000300", null), 0));
        FakeSlackApi.Post freshThread = slack.api().awaitPost();

        assertThat(followUp.threadTs()).isEqualTo("1800000300.000100");
        assertThat(followUp.blocksText()).contains("The newest on Ukraine").contains("We have to talk about Ukraine");
        assertThat(freshThread.threadTs()).isEqualTo("1800000300.000300");
        assertThat(freshThread.blocksText()).doesNotContain("The newest on").contains("We have to talk about Ukraine");
    }

    @Test
    void a_follow_up_typed_in_the_dm_continues_the_dms_conversation() throws Exception {
        slack.socket().deliver(eventsEnvelope("env-df1", "Ev-df1", directMessage("D310", "U310", "What's new on North Korea?", "1800000310.000100", null), 0));
        assertThat(slack.api().awaitPost().blocksText()).contains("The newest on North Korea");

        slack.socket().deliver(eventsEnvelope("env-df2", "Ev-df2", directMessage("D310", "U310", "and what about Ukraine?", "1800000310.000200", null), 0));
        FakeSlackApi.Post followUp = slack.api().awaitPost();

        assertThat(followUp.threadTs()).isNull();
        assertThat(followUp.blocksText()).contains("The newest on Ukraine");
    }

    @Test
    void does_not_answer_a_redelivered_event_twice() throws Exception {
        JsonObject question = mention("C400", "U400", "<@UBOT> What was said about Syria?", "1800000400.000100", null);
        slack.socket().deliver(eventsEnvelope("env-r1", "Ev-r1", question, 0));
        assertThat(slack.api().awaitPost().threadTs()).isEqualTo("1800000400.000100");

        slack.socket().deliver(eventsEnvelope("env-r2", "Ev-r1", question, 1));
        slack.socket().awaitAck("env-r2");
        // Answers run one at a time in order: once the next question is answered, a second answer would have come first.
        slack.socket().deliver(eventsEnvelope("env-r3", "Ev-r3", mention("C400", "U400", "<@UBOT> What did Lavrov say?", "1800000400.000300", null), 0));

        assertThat(slack.api().awaitPost().threadTs()).isEqualTo("1800000400.000300");
    }

    @Test
    void ignores_bot_messages_its_own_messages_and_edits() throws Exception {
        JsonObject own = directMessage("D500", FakeSlackApi.BOT_USER, "An answer of mine", "1800000500.000200", null);
        own.addProperty("bot_id", FakeSlackApi.BOT_ID);
        slack.socket().deliver(eventsEnvelope("env-i1", "Ev-i1", botMessage("D500", "What was said about Syria?", "1800000500.000100"), 0));
        slack.socket().deliver(eventsEnvelope("env-i2", "Ev-i2", own, 0));
        slack.socket().deliver(eventsEnvelope("env-i3", "Ev-i3", edit("D500", "U500", "What was said about Syria?", "1800000500.000300"), 0));
        for (String envelope : new String[] {"env-i1", "env-i2", "env-i3"}) slack.socket().awaitAck(envelope);

        slack.socket().deliver(eventsEnvelope("env-i4", "Ev-i4", directMessage("D500", "U500", "What did Lavrov say?", "1800000500.000400", null), 0));

        assertThat(slack.api().awaitPost().text()).contains("Lavrov");
    }

    @Test
    void acknowledges_a_slash_command_within_slacks_three_seconds_even_when_answering_takes_longer() throws Exception {
        workers.hold();
        try {
            slack.socket().deliver(slashCommandEnvelope("env-s1", slashCommand("C600", "U600", "ask What was said about Syria?", slack.api().responseUrl("s1"), "trig-s1")));

            slack.socket().awaitAck("env-s1");
            assertThat(slack.api().responsesSoFar()).isEmpty();
        } finally {
            workers.release();
        }
        FakeSlackApi.Response answer = slack.api().awaitResponse();
        assertThat(answer.path()).isEqualTo("/respond/s1");
        assertThat(answer.body().get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(answer.blocksText()).contains("They can help us with Syria");
    }

    @Test
    void shows_slash_command_help_to_the_asker_with_slack_spelling() throws Exception {
        slack.socket().deliver(slashCommandEnvelope("env-s2", slashCommand("C600", "U601", "", slack.api().responseUrl("s2"), "trig-s2")));

        FakeSlackApi.Response help = slack.api().awaitResponse();
        assertThat(help.body().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(help.blocksText()).contains("*/newsbot ask QUESTION*").contains("*/newsbot latest").doesNotContain("*/ask");
    }

    @Test
    void runs_slash_subcommands_and_plain_questions() throws Exception {
        slack.socket().deliver(slashCommandEnvelope("env-s3", slashCommand("C600", "U602", "sources", slack.api().responseUrl("s3"), "trig-s3")));
        String sources = slack.api().awaitResponse().blocksText();
        slack.socket().deliver(slashCommandEnvelope("env-s4", slashCommand("C600", "U602", "What did Lavrov say?", slack.api().responseUrl("s4"), "trig-s4")));
        String question = slack.api().awaitResponse().blocksText();

        assertThat(sources).contains("My articles come from").contains("newsbot demo corpus");
        assertThat(question).contains("political infighting");
    }

    @Test
    void an_admin_subscribes_a_channel_to_daily_digests_and_previews_one() throws Exception {
        slack.core().admins().grant("slack:U700", "console:local-user", TestCore.NOW);
        slack.socket().deliver(slashCommandEnvelope("env-d1", slashCommand("C700", "U700", "subscribe 09:00 America/New_York", slack.api().responseUrl("d1"), "trig-d1")));
        String subscribed = slack.api().awaitResponse().blocksText();
        slack.socket().deliver(slashCommandEnvelope("env-d2", slashCommand("C700", "U700", "digest", slack.api().responseUrl("d2"), "trig-d2")));
        String digest = slack.api().awaitResponse().blocksText();

        assertThat(subscribed).contains("Subscribed").contains("09:00 America/New_York");
        // The test core's clock stands still at the demo articles' ingest time, so the preview has nothing new yet.
        assertThat(digest).contains("Preview of the digest").contains("Nothing new since the last digest");
    }

    @Test
    void a_member_who_is_not_an_admin_cannot_subscribe_a_channel() throws Exception {
        slack.socket().deliver(slashCommandEnvelope("env-d3", slashCommand("C701", "U701", "subscribe 09:00 America/New_York", slack.api().responseUrl("d3"), "trig-d3")));

        assertThat(slack.api().awaitResponse().blocksText()).doesNotContain("Subscribed");
        assertThat(slack.core().subscriptions().all()).noneMatch(sub -> sub.chat().id().equals("C701"));
    }

    @Test
    void says_which_token_to_check_when_slack_refuses_the_connection() throws Exception {
        try (FakeSlackApi refusing = new FakeSlackApi()) {
            refusing.cannedOnce("apps.connections.open", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}"));
            SlackAdapter refused = new SlackAdapter(new SlackSettings(SlackSettings.Mode.SOCKET, refusing.apiUrl(), "/slack/events", "xoxb-test",
                    "xapp-revoked", ""), slack.core(), TestThreads.with(new HoldableExecutor()));

            refused.start();

            assertThat(refused.status().state()).isEqualTo(io.newsbot.platform.PlatformStatus.State.REJECTED);
            assertThat(refused.status().detail()).contains("NEWSBOT_SLACK_APP_TOKEN").doesNotContain("xapp-revoked");
            refused.close();
        }
    }

    @Test
    void reconnects_when_slack_asks_it_to() throws Exception {
        long opened = slack.api().calls("apps.connections.open");

        slack.socket().askToReconnect();
        slack.socket().awaitConnection();
        slack.socket().deliver(eventsEnvelope("env-c1", "Ev-c1", directMessage("D700", "U700", "What did Lavrov say?", "1800000700.000100", null), 0));

        assertThat(slack.api().awaitPost().channel()).isEqualTo("D700");
        assertThat(slack.api().calls("apps.connections.open")).isGreaterThan(opened);
    }

    @Test
    void reconnects_after_the_connection_drops() throws Exception {
        slack.socket().dropConnection();
        slack.socket().awaitConnection();
        slack.socket().deliver(eventsEnvelope("env-c2", "Ev-c2", directMessage("D700", "U701", "What did Lavrov say?", "1800000700.000200", null), 0));

        assertThat(slack.api().awaitPost().channel()).isEqualTo("D700");
    }
}
