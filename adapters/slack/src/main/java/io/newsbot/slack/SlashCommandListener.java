package io.newsbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.newsbot.command.Bot;
import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * {@code /newsbot ask|sources|latest|digest|subscribe|unsubscribe|help|admin ...}. The command is claimed with its
 * answer queued in the outbox, then acknowledged (within Slack's three seconds); the outbox answers through the
 * command's {@code response_url}, which works even in channels the bot is not in. Answers are shown to the channel;
 * help, admin output and errors only to the person who asked, and stay that way when the response URL fails (see
 * {@link SlackMessenger}).
 */
final class SlashCommandListener {
    private static final Set<Reply.Kind> PERSONAL_KINDS = Set.of(Reply.Kind.ERROR, Reply.Kind.REFUSED);
    private final Bot bot;
    private final EventReplies replies;
    private final OutboxSender sender;
    private final SlashCommandSpelling spelling;
    private final ExecutorService workers;
    private final Duration answerDeadline;
    private final Clock clock;

    SlashCommandListener(Bot bot, EventReplies replies, OutboxSender sender, SlashCommandSpelling spelling, ExecutorService workers,
                         Duration answerDeadline, Clock clock) {
        this.bot = bot;
        this.replies = replies;
        this.sender = sender;
        this.spelling = spelling;
        this.workers = workers;
        this.answerDeadline = answerDeadline;
        this.clock = clock;
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        Instant now = clock.instant();
        // Socket Mode redelivers an envelope it did not see acknowledged; the trigger id is unique per invocation.
        List<String> key = List.of("slack:command:" + (p.getTriggerId() != null ? p.getTriggerId() : p.getChannelId() + ":" + p.getUserId() + ":" + now));
        if (replies.handledBefore(key)) return ctx.ack();
        // Decided by the conversation's id, which Slack assigns (D… is a direct message), never by channel_name:
        // anyone can name a channel "directmessage", and a private chat needs no admin to subscribe.
        boolean direct = SlackAdapter.isDirectMessage(p.getChannelId());
        ChatRef chat = new ChatRef(SlackAdapter.PLATFORM, p.getChannelId(), direct ? ChatType.PRIVATE : ChatType.GROUP);
        String text = spelling.toCore(new InboundText(UserNames.NONE).read(p.getText(), null));
        InboundMessage message = new InboundMessage(chat, new Sender(SlackAdapter.PLATFORM, p.getUserId(), p.getUserName()), text, null, now);
        BeforeAck.run(workers, () -> answer(message, p.getResponseUrl(), key), BeforeAck.COMMAND_BUDGET, "a Slack command in " + chat.id());
        return ctx.ack();
    }

    private void answer(InboundMessage message, String responseUrl, List<String> key) {
        Optional<Reply> reply = bot.handle(message);
        Instant now = clock.instant();
        Optional<Outgoing> queued = reply.map(r -> {
            boolean personal = PERSONAL_KINDS.contains(r.kind()) || message.text().matches("(?s)/(help|admin|start)\\b.*");
            SlackRoute route = new SlackRoute(responseUrl, personal, message.sender().id());
            return new Outgoing(message.chat(), null, route.encode(), r, key.get(0), now, now.plus(answerDeadline));
        });
        if (replies.commit(key, now, queued) == EventReplies.Outcome.QUEUED) sender.wake();
    }
}
