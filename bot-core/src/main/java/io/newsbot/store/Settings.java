package io.newsbot.store;

import java.util.Optional;

/** Small named values the bot keeps across restarts, such as the last Telegram update offset. */
public interface Settings {
    Optional<String> get(String name);

    void put(String name, String value);
}
