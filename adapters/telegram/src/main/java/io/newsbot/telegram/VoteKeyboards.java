package io.newsbot.telegram;

import io.newsbot.feedback.ButtonVotes;
import io.newsbot.feedback.VoteButton;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The inline keyboards under an answer: 👍 / 👎, and after a 👎 the same pair with the reasons below it (two to a row),
 * so that others in a group can still vote while the reasons are offered.
 */
final class VoteKeyboards {
    private VoteKeyboards() {
    }

    static InlineKeyboardMarkup votes(long answerId) {
        return InlineKeyboardMarkup.builder().keyboardRow(row(ButtonVotes.votes(answerId))).build();
    }

    static InlineKeyboardMarkup withReasons(long answerId) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(row(ButtonVotes.votes(answerId)));
        List<VoteButton> reasons = ButtonVotes.reasons(answerId);
        for (int i = 0; i < reasons.size(); i += 2) rows.add(row(reasons.subList(i, Math.min(i + 2, reasons.size()))));
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardRow row(List<VoteButton> buttons) {
        return new InlineKeyboardRow(buttons.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.encode()).build()).toList());
    }
}
