package io.newsbot.telegram;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the core's replies to Telegram chats as HTML messages. Retries of 429, 5xx and network errors happen
 * below, in the HTTP client; here a chat that blocked or removed the bot (403) is marked inactive, so its
 * digests stop, and reported as {@link DeliveryException#chatGone() gone}.
 */
final class TelegramMessenger implements Messenger {
    private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);
    private final TelegramClient client;
    private final TelegramHtmlRenderer renderer;
    private final ChatStore chats;

    TelegramMessenger(TelegramClient client, TelegramHtmlRenderer renderer, ChatStore chats) {
        this.client = client;
        this.renderer = renderer;
        this.chats = chats;
    }

    @Override
    public String platform() {
        return InboundTranslator.PLATFORM;
    }

    @Override
    public void send(ChatRef chat, String threadId, Reply reply) throws DeliveryException {
        long chatId;
        try {
            chatId = Long.parseLong(chat.id());
        } catch (NumberFormatException e) {
            throw new DeliveryException("Telegram chat ids are numbers, not " + chat.id(), false, e);
        }
        Integer topic = threadId != null && threadId.matches("\\d{1,9}") ? Integer.valueOf(threadId) : null;
        deliver(chat, new Target(chatId, topic, null), reply);
    }

    /** Sends the reply as one or more messages; the first replies to {@code target.replyTo()} when set. */
    void deliver(ChatRef chat, Target target, Reply reply) throws DeliveryException {
        List<String> messages = renderer.render(reply);
        for (int i = 0; i < messages.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(target.chatId()).text(messages.get(i))
                    .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .messageThreadId(target.topicId());
            if (i == 0 && target.replyTo() != null) {
                m.replyParameters(ReplyParameters.builder().messageId(target.replyTo()).allowSendingWithoutReply(true).build());
            }
            try {
                client.execute(m.build());
            } catch (TelegramApiException e) {
                if (isBadHtml(e)) {
                    sendPlain(chat, target, reply, e);
                    return;
                }
                throw failure(chat, e);
            }
        }
    }

    /** Our HTML should always parse; if Telegram disagrees, the person still gets the answer as plain text. */
    private void sendPlain(ChatRef chat, Target target, Reply reply, TelegramApiException cause) {
        log.error("Telegram rejected our HTML for {}; sending plain text instead", chat.key(), cause);
        String text = reply.plainText();
        for (int start = 0, end; start < text.length(); start = end) {
            end = Math.min(text.length(), start + TelegramHtmlRenderer.MAX_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
            String part = text.substring(start, end);
            try {
                client.execute(SendMessage.builder().chatId(target.chatId()).text(part).messageThreadId(target.topicId()).build());
            } catch (TelegramApiException e) {
                throw failure(chat, e);
            }
        }
    }

    /** Shows "typing..." in the chat. Best effort: a failure here must not stop the answer. */
    void typing(Target target) {
        try {
            client.execute(SendChatAction.builder().chatId(target.chatId()).action(ActionType.TYPING.toString())
                    .messageThreadId(target.topicId()).build());
        } catch (TelegramApiException e) {
            log.debug("Could not show typing in Telegram chat {}", target.chatId(), e);
        }
    }

    private DeliveryException failure(ChatRef chat, TelegramApiException e) {
        if (isGone(e)) {
            chats.deactivate(chat);
            log.info("The bot was blocked or removed in Telegram chat {}; marked inactive", chat.key());
            return new DeliveryException("The bot was blocked or removed in Telegram chat " + chat.id(), true, e);
        }
        return new DeliveryException("Telegram did not take the message for chat " + chat.id() + ": " + describe(e), false, e);
    }

    private static boolean isGone(TelegramApiException e) {
        if (!(e instanceof TelegramApiRequestException r) || r.getErrorCode() == null) return false;
        String text = description(r);
        return r.getErrorCode() == 403 || r.getErrorCode() == 400 && (text.contains("chat not found") || text.contains("group chat was upgraded"));
    }

    private static boolean isBadHtml(TelegramApiException e) {
        return e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() == 400
                && description(r).contains("can't parse entities");
    }

    private static String description(TelegramApiRequestException r) {
        String api = r.getApiResponse();
        return (api == null ? r.getMessage() : api).toLowerCase(Locale.ROOT);
    }

    private static String describe(TelegramApiException e) {
        return e instanceof TelegramApiRequestException r && r.getErrorCode() != null ? r.getErrorCode() + " " + r.getApiResponse()
                : e.getMessage();
    }
}
