package io.newsbot.slack;

import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.slack.fake.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messenger with the real Slack client against the fake Web API: one try per part, each failure classified. */
class SlackMessengerTest {
    private static final ChatRef CHANNEL = new ChatRef("slack", "C900", ChatType.GROUP);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private FakeSlackApi api;
    private Slack slack;
    private final ChatStore chats = mock(ChatStore.class);
    private SlackMessenger messenger;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        messenger = new SlackMessenger(slack.methods("xoxb-test"), slack, new SlackBlockKitRenderer()::render, chats);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
    }

    private static OutboxMessage queued(Reply reply, SlackRoute route, int partsSent) {
        return new OutboxMessage(1, new Outgoing(CHANNEL, null, route.encode(), reply, "slack:command:t1", T0, T0.plusSeconds(600)),
                OutboxMessage.Status.PENDING, 0, partsSent, T0, "");
    }

    private static Reply audit() {
        return Reply.info("Audit log, newest first:", "2026-11-23 09:00 slack:U1 in C900: /admin grant slack:U2 → ok");
    }

    @Test
    void posts_the_rendered_reply_in_the_thread() throws Exception {
        messenger.send(CHANNEL, "1800000900.000100", Reply.info("Hello <!channel>"));

        FakeSlackApi.Post post = api.awaitPost();
        assertThat(post.channel()).isEqualTo("C900");
        assertThat(post.threadTs()).isEqualTo("1800000900.000100");
        assertThat(post.text()).isEqualTo("Hello &lt;!channel&gt;");
        assertThat(post.blocksText()).contains("Hello &lt;!channel&gt;");
    }

    @Test
    void reports_a_rate_limit_with_the_wait_slack_names_after_one_try() {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest"))).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        });
        assertThat(api.calls("chat.postMessage")).isEqualTo(1);
    }

    @Test
    void reports_server_errors_as_worth_another_try() {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(503, Map.of(), "{\"ok\":false}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest"))).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEmpty();
            assertThat(e.chatGone()).isFalse();
        });
        verify(chats, never()).deactivate(CHANNEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_in_channel", "channel_not_found", "is_archived"})
    void marks_a_chat_the_bot_cannot_post_in_any_more_inactive(String error) {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.chatGone()).isTrue());
        verify(chats).deactivate(CHANNEL);
    }

    @Test
    void reports_other_refusals_as_final() {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_blocks\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest"))).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.getMessage()).contains("invalid_blocks");
            assertThat(e.retryable()).isFalse();
            assertThat(e.chatGone()).isFalse();
        });
        verify(chats, never()).deactivate(CHANNEL);
    }

    @Test
    void answers_a_command_through_its_response_url_for_the_asker_alone() throws Exception {
        messenger.deliver(queued(audit(), new SlackRoute(api.responseUrl("r1"), true, "U1"), 0), (a, t) -> { });

        FakeSlackApi.Response r = api.awaitResponse();
        assertThat(r.body().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(api.calls("chat.postMessage")).isZero();
    }

    @Test
    void keeps_an_answer_for_the_asker_alone_when_the_response_url_has_expired() throws Exception {
        api.cannedResponseOnce(new FakeSlackApi.Canned(404, Map.of(), "expired_url"));

        messenger.deliver(queued(audit(), new SlackRoute(api.responseUrl("r2"), true, "U1"), 0), (a, t) -> { });

        FakeSlackApi.Post whisper = api.awaitEphemeral();
        assertThat(whisper.channel()).isEqualTo("C900");
        assertThat(whisper.user()).isEqualTo("U1");
        assertThat(whisper.blocksText()).contains("Audit log");
        assertThat(api.calls("chat.postMessage")).as("never posted where the channel reads it").isZero();
    }

    @Test
    void shows_nothing_rather_than_post_an_answer_for_the_asker_in_the_channel() {
        api.cannedResponseOnce(new FakeSlackApi.Canned(404, Map.of(), "used_url"));
        api.cannedOnce("chat.postEphemeral", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}"));

        assertThatThrownBy(() -> messenger.deliver(queued(audit(), new SlackRoute(api.responseUrl("r3"), true, "U1"), 0), (a, t) -> { }))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());

        assertThat(api.calls("chat.postMessage")).isZero();
        verify(chats, never()).deactivate(CHANNEL);
    }

    @Test
    void posts_an_answer_for_the_channel_there_when_the_response_url_has_expired() throws Exception {
        api.cannedResponseOnce(new FakeSlackApi.Canned(404, Map.of(), "expired_url"));

        messenger.deliver(queued(Reply.info("Newest articles"), new SlackRoute(api.responseUrl("r4"), false, "U1"), 0), (a, t) -> { });

        assertThat(api.awaitPost().channel()).isEqualTo("C900");
    }

    @Test
    void asks_for_another_try_when_the_response_url_cannot_be_reached() {
        api.cannedResponseOnce(new FakeSlackApi.Canned(503, Map.of(), "unavailable"));

        assertThatThrownBy(() -> messenger.deliver(queued(audit(), new SlackRoute(api.responseUrl("r5"), true, "U1"), 0), (a, t) -> { }))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(api.ephemeralsSoFar()).isEmpty();
    }

    @Test
    void goes_on_from_the_first_part_slack_has_not_accepted() throws Exception {
        List<Reply.Section> sections = new ArrayList<>();
        for (int s = 0; s < 60; s++) sections.add(new Reply.Section("Topic " + s, List.of(Reply.Item.plain("x".repeat(2500)))));
        Reply longReply = new Reply(Reply.Kind.DIGEST, "", sections, List.of());
        int parts = new SlackBlockKitRenderer().render(longReply).size();
        assertThat(parts).isGreaterThan(2);
        List<Integer> accepted = new ArrayList<>();

        messenger.deliver(queued(longReply, SlackRoute.CHAT, 1), (a, t) -> accepted.add(a));

        assertThat(api.calls("chat.postMessage")).isEqualTo(parts - 1);
        assertThat(accepted).startsWith(2).endsWith(parts);
    }
}
