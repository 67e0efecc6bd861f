package io.newsbot.digest;

import java.util.Locale;

/** What a subscribed chat gets on a day with no new articles (configuration key {@code digest.empty-day}). */
public enum EmptyDay {
    /** A short "nothing new today" digest. */
    MESSAGE,
    /** No message at all. */
    SKIP;

    /** Reads the configured value, {@code message} or {@code skip}. */
    public static EmptyDay parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "message" -> MESSAGE;
            case "skip" -> SKIP;
            default -> throw new IllegalArgumentException("digest.empty-day must be message or skip, not '" + value + "'");
        };
    }
}
