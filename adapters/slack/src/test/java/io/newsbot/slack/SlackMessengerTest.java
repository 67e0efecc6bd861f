package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messenger with the real Slack client against the fake Web API. */
class SlackMessengerTest {
    private static final ChatRef CHANNEL = new ChatRef("slack", "C900", ChatType.GROUP);
    private FakeSlackApi api;
    private Slack slack;
    private final ChatStore chats = mock(ChatStore.class);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SlackMessenger messenger;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        messenger = new SlackMessenger(slack.methods("xoxb-test"), new SlackBlockKitRenderer()::render, chats, waits::add);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
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
    void waits_for_retry_after_when_slack_rate_limits_and_then_posts() throws Exception {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

        messenger.send(CHANNEL, null, Reply.info("Digest"));

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(api.calls("chat.postMessage")).isEqualTo(2);
        assertThat(api.postsSoFar()).hasSize(1);
    }

    @Test
    void gives_up_when_slack_rate_limits_for_longer_than_it_waits() {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(429, Map.of("Retry-After", "3600"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest")))
                .isInstanceOf(DeliveryException.class).matches(e -> !((DeliveryException) e).chatGone());
        assertThat(waits).isEmpty();
    }

    @Test
    void retries_server_errors_with_growing_waits_then_gives_up() {
        for (int i = 0; i < 4; i++) api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(503, Map.of(), "{\"ok\":false}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest")))
                .isInstanceOf(DeliveryException.class).matches(e -> !((DeliveryException) e).chatGone());
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        verify(chats, never()).deactivate(CHANNEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_in_channel", "channel_not_found", "is_archived"})
    void marks_a_chat_the_bot_cannot_post_in_any_more_inactive(String error) {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest")))
                .isInstanceOf(DeliveryException.class).matches(e -> ((DeliveryException) e).chatGone());
        verify(chats).deactivate(CHANNEL);
        assertThat(waits).isEmpty();
    }

    @Test
    void reports_other_refusals_without_retrying() {
        api.cannedOnce("chat.postMessage", new FakeSlackApi.Canned(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_blocks\"}"));

        assertThatThrownBy(() -> messenger.send(CHANNEL, null, Reply.info("Digest")))
                .isInstanceOf(DeliveryException.class).hasMessageContaining("invalid_blocks").matches(e -> !((DeliveryException) e).chatGone());
        verify(chats, never()).deactivate(CHANNEL);
        assertThat(api.calls("chat.postMessage")).isEqualTo(1);
    }
}
