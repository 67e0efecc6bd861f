package io.newsbot.telegram;

import io.newsbot.digest.DigestThreads;
import io.newsbot.outbox.Courier;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Sends the core's replies to Telegram chats as HTML messages: outbox messages part by part from the first part
 * Telegram has not accepted yet (as the outbox's {@link Courier}), and the core's own sends in one go (as its
 * {@link Messenger}). One try each; a failure comes out as a {@link DeliveryException} that says whether a retry may
 * work (429 with its {@code retry_after}, 5xx, network) or not. A chat that blocked or removed the bot (403) is
 * marked inactive, so its digests stop, and reported as {@link DeliveryException#chatGone() gone}.
 */
final class TelegramMessenger implements Messenger, Courier {
    private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);
    private final BotApi api;
    private final TelegramHtmlRenderer renderer;
    private final ChatStore chats;
    private final DigestThreads digests;
    private final Clock clock;

    TelegramMessenger(BotApi api, TelegramHtmlRenderer renderer, ChatStore chats) {
        this(api, renderer, chats, DigestThreads.NONE, Clock.systemUTC());
    }

    /** @param digests where each digest message Telegram accepted is recorded, so that replies to it are asked about it */
    TelegramMessenger(BotApi api, TelegramHtmlRenderer renderer, ChatStore chats, DigestThreads digests, Clock clock) {
        this.api = api;
        this.renderer = renderer;
        this.chats = chats;
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return InboundTranslator.PLATFORM;
    }

    @Override
    public void send(ChatRef chat, String threadId, Reply reply) throws DeliveryException {
        send(chat, new Target(chatId(chat), topic(threadId), null), reply, 0, (accepted, total) -> { });
    }

    @Override
    public void deliver(OutboxMessage message, Accepted accepted) throws DeliveryException {
        ChatRef chat = message.outgoing().chat();
        Target target = new Target(chatId(chat), topic(message.outgoing().threadId()), TelegramRoute.replyTo(message.outgoing().route()));
        send(chat, target, message.outgoing().reply(), message.partsSent(), accepted);
    }

    /** Sends the reply's messages from part {@code from} on; the first replies to {@code target.replyTo()} when set. */
    private void send(ChatRef chat, Target target, Reply reply, int from, Accepted accepted) {
        List<String> parts = renderer.render(reply);
        for (int i = from; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(target.chatId()).text(parts.get(i))
                    .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .messageThreadId(target.topicId());
            // The last message of an answer carries its 👍 / 👎, which are rendered anew on every retry from the stored reply.
            InlineKeyboardMarkup buttons = i == parts.size() - 1 && reply.rateable() ? VoteKeyboards.votes(reply.answerId()) : null;
            m.replyMarkup(buttons);
            if (i == 0 && target.replyTo() != null) {
                m.replyParameters(ReplyParameters.builder().messageId(target.replyTo()).allowSendingWithoutReply(true).build());
            }
            Integer sent;
            try {
                sent = reply.kind() == Reply.Kind.DIGEST ? api.sendReadingId(m.build()) : send(m.build());
            } catch (BotApiException e) {
                if (!e.badHtml()) throw failure(chat, e);
                sent = sendPlain(chat, target, parts.get(i), buttons, e);
            }
            if (reply.kind() == Reply.Kind.DIGEST && sent != null) remember(chat, sent, reply);
            accepted.parts(i + 1, parts.size());
        }
    }

    private Integer send(SendMessage message) throws BotApiException {
        api.send(message);
        return null;
    }

    /** A digest message is delivered whether or not it is remembered: a failure here costs only questions about it. */
    private void remember(ChatRef chat, int messageId, Reply digest) {
        try {
            digests.sent(chat, Integer.toString(messageId), digest, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not record digest message {} in {}; replies to it will be answered as ordinary questions", messageId, chat.key(), e);
        }
    }

    /** Our HTML should always parse; if Telegram disagrees, the person still gets that part as plain text. */
    private Integer sendPlain(ChatRef chat, Target target, String html, InlineKeyboardMarkup buttons, BotApiException cause) {
        log.error("Telegram rejected our HTML for {}; sending that part as plain text", chat.key(), cause);
        try {
            return api.sendReadingId(SendMessage.builder().chatId(target.chatId()).text(HtmlText.plain(html)).messageThreadId(target.topicId())
                    .replyMarkup(buttons).build());
        } catch (BotApiException e) {
            throw failure(chat, e);
        }
    }

    /** Shows "typing..." in the chat. Best effort: a failure here must not stop the answer. */
    void typing(Target target) {
        try {
            api.send(SendChatAction.builder().chatId(target.chatId()).action(ActionType.TYPING.toString()).messageThreadId(target.topicId()).build());
        } catch (BotApiException e) {
            log.debug("Could not show typing in Telegram chat {}: {}", target.chatId(), e.getMessage());
        }
    }

    private DeliveryException failure(ChatRef chat, BotApiException e) {
        if (e.chatGone()) {
            chats.deactivate(chat);
            log.info("The bot was blocked or removed in Telegram chat {}; marked inactive", chat.key());
            return new DeliveryException("The bot was blocked or removed in Telegram chat " + chat.id() + " (" + e.getMessage() + ")", true, e);
        }
        if (e.transientFailure()) return DeliveryException.transientFailure("Telegram did not take the message yet: " + e.getMessage(),
                e.retryAfter().orElse(null), e);
        return new DeliveryException("Telegram refused the message for chat " + chat.id() + ": " + e.getMessage(), false, e);
    }

    private static long chatId(ChatRef chat) {
        try {
            return Long.parseLong(chat.id());
        } catch (NumberFormatException e) {
            throw new DeliveryException("Telegram chat ids are numbers, not " + chat.id(), false, e);
        }
    }

    private static Integer topic(String threadId) {
        return threadId != null && threadId.matches("\\d{1,9}") ? Integer.valueOf(threadId) : null;
    }
}
