package io.newsbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts replies with {@code chat.postMessage}. Waits out a 429 for its {@code Retry-After}, retries a
 * server error or a lost connection a few times, and when Slack says the bot can no longer post in a channel
 * marks the chat inactive (so digests to it stop) and reports the chat as gone.
 */
public final class SlackMessenger implements Messenger {
    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);
    private static final Set<String> CHAT_GONE = Set.of("not_in_channel", "channel_not_found", "is_archived");
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);
    private final MethodsClient api;
    private final Function<Reply, List<SlackMessage>> format;
    private final ChatStore chats;
    private final Pause pause;

    /**
     * @param api    the Web API client, with the bot token
     * @param format renders a reply as the messages to post
     * @param chats  where a chat the bot was removed from is marked inactive
     * @param pause  how to wait before a retry
     */
    public SlackMessenger(MethodsClient api, Function<Reply, List<SlackMessage>> format, ChatStore chats, Pause pause) {
        this.api = api;
        this.format = format;
        this.chats = chats;
        this.pause = pause;
    }

    @Override
    public String platform() {
        return SlackAdapter.PLATFORM;
    }

    @Override
    public void send(ChatRef chat, String threadId, Reply reply) throws DeliveryException {
        post(chat, threadId, format.apply(reply));
    }

    /** Posts rendered messages in order, in the thread if one is given. */
    void post(ChatRef chat, String threadId, List<SlackMessage> messages) throws DeliveryException {
        for (SlackMessage message : messages) post(chat, threadId, message);
    }

    private void post(ChatRef chat, String threadId, SlackMessage message) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == MAX_ATTEMPTS;
            try {
                ChatPostMessageResponse response = api.chatPostMessage(r -> r.channel(chat.id()).threadTs(threadId).text(message.text())
                        .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false));
                if (response.isOk()) return;
                if (CHAT_GONE.contains(response.getError())) {
                    chats.deactivate(chat);
                    throw new DeliveryException("Slack chat " + chat.id() + " is gone (" + response.getError() + ")", true, null);
                }
                throw new DeliveryException("Slack refused the message to " + chat.id() + " (" + response.getError() + ")", false, null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (last || !(status == 429 || status >= 500)) {
                    throw new DeliveryException("Slack answered HTTP " + status + " for a message to " + chat.id(), false, e);
                }
                Duration wait = status == 429 ? retryAfter(e.getResponse().header("Retry-After")) : backoff(attempt);
                if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new DeliveryException("Slack rate-limits messages to " + chat.id() + " for " + wait.toSeconds() + " s", false, e);
                }
                log.info("Slack answered HTTP {} to chat.postMessage; retrying in {} s", status, wait.toSeconds());
                waitFor(wait);
            } catch (IOException e) {
                if (last) throw new DeliveryException("Slack could not be reached to post to " + chat.id(), false, e);
                log.info("Slack could not be reached ({}); retrying", e.getMessage());
                waitFor(backoff(attempt));
            }
        }
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = Long.parseLong(header == null ? "" : header.strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << (attempt - 1));
    }

    private void waitFor(Duration d) {
        try {
            pause.pause(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while waiting to retry a Slack message", false, e);
        }
    }
}
