package io.newsbot.telegram;

import java.util.Locale;

/**
 * Who the bot is on Telegram, from {@code getMe}: how people address it in groups.
 *
 * @param id       the bot's user id
 * @param username its username without the @, e.g. {@code newsbot_bot}
 */
record BotIdentity(long id, String username) {
    BotIdentity {
        if (username == null || !username.matches("[A-Za-z0-9_]{1,64}")) throw new IllegalArgumentException("username must be a Telegram username");
    }

    boolean isNamed(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
    }
}
