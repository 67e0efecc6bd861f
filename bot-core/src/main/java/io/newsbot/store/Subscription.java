package io.newsbot.store;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A chat's daily digest: when it is due there, and what it is about.
 *
 * @param chat      the chat it goes to; one subscription per chat
 * @param time      the local time of day it is sent, to the minute
 * @param zone      the IANA zone {@code time} is in
 * @param topics    only articles on one of these topics go in; empty for all articles
 * @param createdBy the user key of who subscribed
 * @param createdAt when; a digest due before this is not owed
 */
public record Subscription(ChatRef chat, LocalTime time, ZoneId zone, List<String> topics, String createdBy, Instant createdAt) {
    public Subscription {
        Objects.requireNonNull(chat, "chat");
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MINUTES);
        Objects.requireNonNull(zone, "zone");
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        for (String t : topics) {
            if (t.isBlank() || t.contains(",")) throw new IllegalArgumentException("topics must be non-blank and contain no comma");
        }
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
