package io.newsbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.newsbot.command.Bot;
import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.progress.SlowAnswers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions from Slack events: a mention of the bot in a channel, and every message in a DM with it. In a channel the
 * answer goes to the thread of the asking message, and the thread is the conversation, so a follow-up in it continues
 * where the last answer left off; in a DM the answer goes to the DM itself, which is the conversation (unless the
 * question was asked in a thread there). Bot messages, edits and other subtypes are not questions.
 * <p>
 * Slack redelivers an event it thinks was not acknowledged (a retry over HTTP, a redelivered envelope in Socket Mode);
 * the event's id and its message are claimed together with the queued answer (see {@link EventReplies}), so a
 * redelivery, even to another instance, is acknowledged but never answered twice.
 */
final class QuestionListener {
    private static final Logger log = LoggerFactory.getLogger(QuestionListener.class);
    private final Bot bot;
    private final EventReplies replies;
    private final OutboxSender sender;
    private final ExecutorService workers;
    private final Duration answerDeadline;
    private final Clock clock;
    private final InboundText inbound;
    private final SlowAnswers slow;
    private final HourglassReactions hourglass;

    /**
     * @param inbound   reads the event's text, on a worker: naming a mentioned user may take a call to Slack
     * @param slow      times the progress shown on a slow answer
     * @param hourglass shows it as a reaction on the question
     */
    QuestionListener(Bot bot, EventReplies replies, OutboxSender sender, ExecutorService workers, Duration answerDeadline, Clock clock,
                     InboundText inbound, SlowAnswers slow, HourglassReactions hourglass) {
        this.bot = bot;
        this.replies = replies;
        this.sender = sender;
        this.workers = workers;
        this.answerDeadline = answerDeadline;
        this.clock = clock;
        this.inbound = inbound;
        this.slow = slow;
        this.hourglass = hourglass;
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
        // A DM that mentions the bot arrives as two events with different ids: the message key catches the second.
        List<String> keys = new ArrayList<>();
        if (eventId != null) keys.add("slack:event:" + eventId);
        keys.add("slack:message:" + chat.id() + ":" + ts);
        if (replies.handledBefore(keys)) return;
        // In a channel the thread is the conversation; a DM is one conversation of its own.
        String thread = chat.type() == ChatType.PRIVATE ? threadTs : threadTs != null ? threadTs : ts;
        Sender asker = new Sender(SlackAdapter.PLATFORM, user, "");
        Instant sent = instant(ts, clock.instant());
        // Written in a thread: the thread's first message is what it replies to (a digest, when it is one).
        String repliesTo = threadTs != null && !threadTs.equals(ts) ? threadTs : null;
        BeforeAck.run(workers, () -> answer(new InboundMessage(chat, asker, inbound.read(slackText, botUserId), thread, sent, repliesTo), ts, keys),
                BeforeAck.EVENT_BUDGET, "a Slack message in " + chat.id());
    }

    private void answer(InboundMessage message, String ts, List<String> keys) {
        Optional<Reply> reply = slow.answer(hourglass.on(message.chat().id(), ts), () -> bot.handle(message));
        Instant now = clock.instant();
        Optional<Outgoing> queued = reply.map(r -> new Outgoing(message.chat(), message.threadId(), SlackRoute.CHAT.encode(), r, keys.get(0), now,
                now.plus(answerDeadline)));
        if (replies.commit(keys, now, queued) == EventReplies.Outcome.QUEUED) sender.wake();
    }

    /** Slack's message timestamps are seconds and microseconds, "1700000000.123456". */
    static Instant instant(String ts, Instant fallback) {
        if (ts == null || !ts.matches("\\d{1,12}(\\.\\d{1,6})?")) return fallback;
        String[] parts = ts.split("\\.");
        long micros = parts.length > 1 ? Long.parseLong((parts[1] + "000000").substring(0, 6)) : 0;
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), micros * 1000);
    }
}
