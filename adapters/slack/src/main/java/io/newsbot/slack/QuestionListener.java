package io.newsbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.newsbot.command.Bot;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Sender;
import io.newsbot.store.EventLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions from Slack events: a mention of the bot in a channel, and every message in a DM with it. The
 * answer goes to the thread of the asking message, and the thread is the conversation, so a follow-up in it
 * continues where the last answer left off. Bot messages, edits and other subtypes are not questions.
 * <p>
 * Slack redelivers an event it thinks was not acknowledged (a retry over HTTP, a redelivered envelope in
 * Socket Mode); the event's id is claimed in the shared {@link EventLedger} before answering, so a
 * redelivery is acknowledged but never answered twice, even when it reaches another instance.
 */
final class QuestionListener {
    private static final Logger log = LoggerFactory.getLogger(QuestionListener.class);
    private final Bot bot;
    private final EventLedger events;
    private final SlackMessenger messenger;
    private final Executor workers;
    private final Clock clock;
    private final InboundText inbound;

    /** @param inbound reads the event's text, on a worker: naming a mentioned user may take a call to Slack */
    QuestionListener(Bot bot, EventLedger events, SlackMessenger messenger, Executor workers, Clock clock, InboundText inbound) {
        this.bot = bot;
        this.events = events;
        this.messenger = messenger;
        this.workers = workers;
        this.clock = clock;
        this.inbound = inbound;
    }

    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getBotId() == null && e.getSubtype() == null && e.getEdited() == null && e.getUser() != null) {
            ChatType type = SlackAdapter.isDirectMessage(e.getChannel()) ? ChatType.PRIVATE : ChatType.GROUP;
            accept(payload.getEventId(), ctx.getRetryNum(), new ChatRef(SlackAdapter.PLATFORM, e.getChannel(), type), e.getUser(),
                    e.getText(), ctx.getBotUserId(), e.getTs(), e.getThreadTs());
        }
        return ctx.ack();
    }

    /** Bolt hands over only messages without a subtype here; edits, joins and bot posts carry one. */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if ("im".equals(e.getChannelType()) && e.getBotId() == null && e.getEdited() == null && e.getUser() != null) {
            accept(payload.getEventId(), ctx.getRetryNum(), new ChatRef(SlackAdapter.PLATFORM, e.getChannel(), ChatType.PRIVATE), e.getUser(),
                    e.getText(), ctx.getBotUserId(), e.getTs(), e.getThreadTs());
        }
        return ctx.ack();
    }

    private void accept(String eventId, Integer retryNum, ChatRef chat, String user, String slackText, String botUserId, String ts,
                        String threadTs) {
        if (retryNum != null && retryNum > 0) log.info("Slack redelivered event {} (retry {})", eventId, retryNum);
        Instant now = clock.instant();
        // A DM that mentions the bot arrives as two events with different ids: the message key catches the second.
        if (eventId != null && !events.claim("slack:event:" + eventId, now)) return;
        if (!events.claim("slack:message:" + chat.id() + ":" + ts, now)) return;
        String thread = threadTs != null ? threadTs : ts;
        Instant sent = instant(ts, now);
        try {
            workers.execute(() -> answer(chat, new Sender(SlackAdapter.PLATFORM, user, ""), slackText, botUserId, thread, sent));
        } catch (RejectedExecutionException e) {
            log.warn("Not answering a Slack message in {}: the adapter is shutting down", chat.id());
        }
    }

    private void answer(ChatRef chat, Sender sender, String slackText, String botUserId, String thread, Instant sent) {
        try {
            InboundMessage message = new InboundMessage(chat, sender, inbound.read(slackText, botUserId), thread, sent);
            bot.handle(message).ifPresent(reply -> messenger.send(chat, thread, reply));
        } catch (DeliveryException e) {
            if (e.chatGone()) log.warn("Could not answer in Slack chat {}: {}", chat.id(), e.getMessage());
            else log.warn("Could not answer in Slack chat {}", chat.id(), e);
        } catch (RuntimeException e) {
            log.error("Failed to answer a Slack message in {}", chat.id(), e);
        }
    }

    /** Slack's message timestamps are seconds and microseconds, "1700000000.123456". */
    static Instant instant(String ts, Instant fallback) {
        if (ts == null || !ts.matches("\\d{1,12}(\\.\\d{1,6})?")) return fallback;
        String[] parts = ts.split("\\.");
        long micros = parts.length > 1 ? Long.parseLong((parts[1] + "000000").substring(0, 6)) : 0;
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), micros * 1000);
    }
}
