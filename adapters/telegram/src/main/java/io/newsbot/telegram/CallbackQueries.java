package io.newsbot.telegram;

import io.newsbot.feedback.ButtonVotes;
import io.newsbot.feedback.VoteButton;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Sender;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A press on an answer's 👍 / 👎 buttons ({@code callback_query}): recorded through the core's {@link ButtonVotes},
 * answered with a short toast ({@code answerCallbackQuery}, which Telegram expects for every press), and after a 👎 the
 * answer's keyboard shows the reasons too ({@code editMessageReplyMarkup}), until one is picked.
 */
final class CallbackQueries {
    private static final Logger log = LoggerFactory.getLogger(CallbackQueries.class);
    private final BotApi api;
    private final ButtonVotes votes;

    CallbackQueries(BotApi api, ButtonVotes votes) {
        this.api = api;
        this.votes = votes;
    }

    void handle(CallbackQuery query) {
        Optional<VoteButton> button = VoteButton.parse(query.getData());
        MaybeInaccessibleMessage message = query.getMessage();
        ChatType type = message == null || message.getChat() == null ? null : InboundTranslator.type(message.getChat());
        if (button.isEmpty() || type == null || query.getFrom() == null) {
            toast(query, "That button no longer works.");
            return;
        }
        ChatRef chat = new ChatRef(InboundTranslator.PLATFORM, Long.toString(message.getChatId()), type);
        ButtonVotes.Outcome outcome = votes.press(button.get(), chat, sender(query.getFrom()));
        toast(query, outcome.notice());
        if (outcome.recorded() && button.get().choice() != VoteButton.Choice.GOOD) {
            long id = button.get().answerId();
            edit(message, outcome.askReason() ? VoteKeyboards.withReasons(id) : VoteKeyboards.votes(id));
        }
    }

    /** Telegram shows the button as busy until the press is answered: always answered, even when nothing was recorded. */
    private void toast(CallbackQuery query, String text) {
        try {
            api.send(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(text).build());
        } catch (BotApiException e) {
            log.warn("Could not answer Telegram callback query {}: {}", query.getId(), e.getMessage());
        }
    }

    /** Best effort: the vote is stored either way, and "message is not modified" (a second 👎) is no failure. */
    private void edit(MaybeInaccessibleMessage message, InlineKeyboardMarkup keyboard) {
        try {
            api.send(EditMessageReplyMarkup.builder().chatId(message.getChatId()).messageId(message.getMessageId()).replyMarkup(keyboard).build());
        } catch (BotApiException e) {
            log.debug("Could not change the buttons of Telegram message {} in {}: {}", message.getMessageId(), message.getChatId(), e.getMessage());
        }
    }

    private static Sender sender(User from) {
        String name = Stream.of(from.getFirstName(), from.getLastName()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return new Sender(InboundTranslator.PLATFORM, Long.toString(from.getId()), name.isEmpty() ? from.getUserName() : name);
    }
}
