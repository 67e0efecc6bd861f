package io.newsbot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.newsbot.digest.DigestThreads;
import io.newsbot.outbox.Courier;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replies to Slack, one try per part: outbox messages from the first part Slack has not accepted yet (as the
 * outbox's {@link Courier}), and the core's own sends (as its {@link Messenger}). A reply to a chat is posted with
 * {@code chat.postMessage}, in its thread if it has one. A slash command's answer goes to its {@code response_url};
 * when that URL has expired, an answer for the channel is posted with {@code chat.postMessage}, but one for the asker
 * alone only with {@code chat.postEphemeral}: it is never posted where others can read it. A 429 reports its
 * {@code Retry-After}, a server error or a lost connection asks for a retry; when the bot can no longer post in a
 * channel the chat is marked inactive (so digests to it stop) and reported as gone.
 */
public final class SlackMessenger implements Messenger, Courier {
    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);
    private static final Set<String> CHAT_GONE = Set.of("not_in_channel", "channel_not_found", "is_archived");
    /** Slack's own failures, worth another try. */
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");
    private final MethodsClient api;
    private final Slack slack;
    private final Function<Reply, List<SlackMessage>> format;
    private final ChatStore chats;
    private final DigestThreads digests;
    private final Clock clock;

    public SlackMessenger(MethodsClient api, Slack slack, Function<Reply, List<SlackMessage>> format, ChatStore chats) {
        this(api, slack, format, chats, DigestThreads.NONE, Clock.systemUTC());
    }

    /**
     * @param api    the Web API client, with the bot token
     * @param slack  the HTTP client response URLs are called with
     * @param format renders a reply as the messages to post
     * @param chats   where a chat the bot was removed from is marked inactive
     * @param digests where each digest message posted is recorded by its ts, so that replies in its thread are asked about it
     */
    public SlackMessenger(MethodsClient api, Slack slack, Function<Reply, List<SlackMessage>> format, ChatStore chats, DigestThreads digests,
                          Clock clock) {
        this.api = api;
        this.slack = slack;
        this.format = format;
        this.chats = chats;
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return SlackAdapter.PLATFORM;
    }

    @Override
    public void send(ChatRef chat, String threadId, Reply reply) throws DeliveryException {
        for (SlackMessage m : format.apply(reply)) post(chat, threadId, m);
    }

    @Override
    public void deliver(OutboxMessage message, Accepted accepted) throws DeliveryException {
        ChatRef chat = message.outgoing().chat();
        SlackRoute route = SlackRoute.parse(message.outgoing().route());
        List<SlackMessage> parts = format.apply(message.outgoing().reply());
        for (int i = message.partsSent(); i < parts.size(); i++) {
            SlackMessage part = parts.get(i);
            if (route.responseUrl().isEmpty() || !respond(route, part)) {
                if (route.ephemeral()) postEphemeral(chat, route.user(), part);
                else remember(chat, post(chat, message.outgoing().threadId(), part), message.outgoing().reply());
            }
            accepted.parts(i + 1, parts.size());
        }
    }

    /** Answers through the command's response URL; false when Slack no longer takes it there (expired or used up). */
    private boolean respond(SlackRoute route, SlackMessage part) {
        WebhookResponse r;
        try {
            r = new Responder(slack, route.responseUrl()).send(SlashCommandResponse.builder()
                    .responseType(route.ephemeral() ? "ephemeral" : "in_channel").text(part.text()).blocks(part.blocks()).build());
        } catch (IOException e) {
            throw DeliveryException.transientFailure("Slack's response_url could not be reached: " + e.getMessage(), null, e);
        }
        int code = r.getCode() == null ? 0 : r.getCode();
        if (code >= 200 && code < 300) return true;
        if (code == 429 || code >= 500) {
            throw DeliveryException.transientFailure("Slack's response_url answered HTTP " + code, null, null);
        }
        log.info("Slack's response_url answered HTTP {} ({}); answering {}", code, r.getBody(),
                route.ephemeral() ? "the asker alone with chat.postEphemeral" : "in the channel with chat.postMessage");
        return false;
    }

    /** @return the posted message's ts */
    private String post(ChatRef chat, String threadId, SlackMessage message) {
        SlackApiTextResponse r = call(chat, "chat.postMessage", true, () -> api.chatPostMessage(r2 -> r2.channel(chat.id()).threadTs(threadId)
                .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false)));
        return r instanceof ChatPostMessageResponse posted ? posted.getTs() : null;
    }

    /** A digest message is delivered whether or not it is remembered: a failure here costs only questions about it. */
    private void remember(ChatRef chat, String ts, Reply reply) {
        if (reply.kind() != Reply.Kind.DIGEST || ts == null) return;
        try {
            digests.sent(chat, ts, reply, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not record digest message {} in {}; replies in its thread will be answered as ordinary questions", ts, chat.key(), e);
        }
    }

    /** For the asker's eyes only. A refusal here (the bot is not in the channel) is final: the answer is not shown elsewhere. */
    private void postEphemeral(ChatRef chat, String user, SlackMessage message) {
        // The command works in channels the bot was never invited to; failing to whisper there says nothing about the chat.
        call(chat, "chat.postEphemeral", false, () -> api.chatPostEphemeral(r -> r.channel(chat.id()).user(user).text(message.text())
                .blocks(message.blocks())));
    }

    @FunctionalInterface
    private interface ApiCall {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }

    /** @param marksGone whether a "not in that channel" answer marks the chat inactive */
    private SlackApiTextResponse call(ChatRef chat, String method, boolean marksGone, ApiCall call) {
        SlackApiTextResponse response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429) {
                throw DeliveryException.transientFailure("Slack rate-limits " + method + " (HTTP 429)", retryAfter(e.getResponse().header("Retry-After")), e);
            }
            if (status >= 500) throw DeliveryException.transientFailure("Slack answered HTTP " + status + " to " + method, null, e);
            throw new DeliveryException("Slack answered HTTP " + status + " to " + method + " for " + chat.id(), false, e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("Slack could not be reached for " + method + ": " + e.getMessage(), null, e);
        }
        if (response.isOk()) return response;
        String error = response.getError();
        if (CHAT_GONE.contains(error) && marksGone) {
            chats.deactivate(chat);
            throw new DeliveryException("Slack chat " + chat.id() + " is gone (" + error + ")", true, null);
        }
        if (TRANSIENT.contains(error)) throw DeliveryException.transientFailure("Slack answered " + error + " to " + method, null, null);
        throw new DeliveryException("Slack refused " + method + " to " + chat.id() + " (" + error + ")", false, null);
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = Long.parseLong(header == null ? "" : header.strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }
}
