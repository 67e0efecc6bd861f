package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.Objects;

/**
 * One alert of a watch, queued in the store before it is sent.
 *
 * @param id        the store's id, 0 before it is queued
 * @param watchId   the watch that matched
 * @param groupKey  the article group it is about (a story, else an article): one alert per watch and group
 * @param chat      where it goes
 * @param articleId the article it cites
 * @param headline  who said it ("Sergei Lavrov said") or what it is on ("On North Korea sanctions")
 * @param text      the statement or the article's lead
 * @param status    where it is on its way
 * @param queuedAt  when it was queued
 */
public record Alert(long id, long watchId, String groupKey, ChatRef chat, long articleId, String headline, String text, Status status,
                    Instant queuedAt) {
    public Alert {
        if (groupKey == null || groupKey.isBlank()) throw new IllegalArgumentException("groupKey must not be blank");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /**
     * An alert's way: queued until its chat may get it, then handed over to the outbox (which delivers it, see
     * {@link io.newsbot.outbox.Outbox}, tag {@code alert:<id>}), or failed when it is not to be sent.
     */
    public enum Status { QUEUED, HANDED_OVER, FAILED }
}
