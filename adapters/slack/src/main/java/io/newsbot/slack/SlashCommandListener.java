package io.newsbot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.webhook.WebhookResponse;
import io.newsbot.command.Bot;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.store.EventLedger;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /newsbot ask|sources|latest|digest|subscribe|unsubscribe|help|admin ...}. Slack wants an
 * acknowledgement within three seconds, and an answer can take longer, so the command is acknowledged at
 * once and answered afterwards through its {@code response_url} (which works even in channels the bot is
 * not in), falling back to {@code chat.postMessage}. Answers are shown to the channel; help, admin output
 * and errors only to the person who asked.
 */
final class SlashCommandListener {
    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);
    private static final Set<Reply.Kind> PERSONAL_KINDS = Set.of(Reply.Kind.ERROR, Reply.Kind.REFUSED);
    private final Bot bot;
    private final EventLedger events;
    private final SlashCommandSpelling spelling;
    private final Function<Reply, List<SlackMessage>> format;
    private final SlackMessenger messenger;
    private final Slack slack;
    private final Executor workers;
    private final Clock clock;

    SlashCommandListener(Bot bot, EventLedger events, SlashCommandSpelling spelling, Function<Reply, List<SlackMessage>> format,
                         SlackMessenger messenger, Slack slack, Executor workers, Clock clock) {
        this.bot = bot;
        this.events = events;
        this.spelling = spelling;
        this.format = format;
        this.messenger = messenger;
        this.slack = slack;
        this.workers = workers;
        this.clock = clock;
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        Instant now = clock.instant();
        // Socket Mode redelivers an envelope it did not see acknowledged; the trigger id is unique per invocation.
        if (p.getTriggerId() != null && !events.claim("slack:command:" + p.getTriggerId(), now)) return ctx.ack();
        // Decided by the conversation's id, which Slack assigns (D… is a direct message), never by channel_name:
        // anyone can name a channel "directmessage", and a private chat needs no admin to subscribe.
        boolean direct = SlackAdapter.isDirectMessage(p.getChannelId());
        ChatRef chat = new ChatRef(SlackAdapter.PLATFORM, p.getChannelId(), direct ? ChatType.PRIVATE : ChatType.GROUP);
        String text = spelling.toCore(new InboundText(UserNames.NONE).read(p.getText(), null));
        InboundMessage message = new InboundMessage(chat, new Sender(SlackAdapter.PLATFORM, p.getUserId(), p.getUserName()), text, null, now);
        try {
            workers.execute(() -> answer(message, p.getResponseUrl()));
        } catch (RejectedExecutionException e) {
            log.warn("Not answering a Slack command in {}: the adapter is shutting down", chat.id());
        }
        return ctx.ack();
    }

    private void answer(InboundMessage message, String responseUrl) {
        try {
            Reply reply = bot.handle(message).orElse(null);
            if (reply == null) return;
            boolean personal = PERSONAL_KINDS.contains(reply.kind()) || message.text().matches("(?s)/(help|admin|start)\\b.*");
            List<SlackMessage> messages = format.apply(reply);
            int sent = 0;
            while (sent < messages.size() && respond(responseUrl, messages.get(sent), personal)) sent++;
            if (sent < messages.size()) messenger.post(message.chat(), null, messages.subList(sent, messages.size()));
        } catch (DeliveryException e) {
            log.warn("Could not answer a Slack command in {}: {}", message.chat().id(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Failed to answer a Slack command in {}", message.chat().id(), e);
        }
    }

    private boolean respond(String responseUrl, SlackMessage message, boolean personal) {
        if (responseUrl == null || responseUrl.isBlank()) return false;
        try {
            WebhookResponse r = new Responder(slack, responseUrl).send(SlashCommandResponse.builder()
                    .responseType(personal ? "ephemeral" : "in_channel").text(message.text()).blocks(message.blocks()).build());
            if (r.getCode() != null && r.getCode() == 200) return true;
            log.warn("Slack's response_url answered HTTP {}; posting the rest with chat.postMessage", r.getCode());
        } catch (IOException e) {
            log.warn("Slack's response_url could not be reached ({}); posting the rest with chat.postMessage", e.getMessage());
        }
        return false;
    }
}
