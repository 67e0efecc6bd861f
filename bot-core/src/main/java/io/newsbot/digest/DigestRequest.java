package io.newsbot.digest;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a digest is composed for.
 *
 * @param chat   the chat it goes to: what it was sent before decides which stories are updates
 * @param date   the chat's local date it is for
 * @param title  its first line, e.g. "Daily digest, Tuesday 24 November"
 * @param topics only articles on one of these go in; empty for all
 * @param from   the article window's start (inclusive)
 * @param until  the article window's end (exclusive)
 * @param daily  true for the daily digest, whose articles are remembered as shown once it is sent; false for a
 *               preview, which changes nothing
 */
public record DigestRequest(ChatRef chat, LocalDate date, String title, List<String> topics, Instant from, Instant until, boolean daily) {
    public DigestRequest {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) throw new IllegalArgumentException("until must not be before from");
    }
}
