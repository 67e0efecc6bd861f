package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat following a person or a topic: new statements by the person, or new articles on the topic, reach the chat as
 * short alerts.
 *
 * @param id        the store's id, 0 before it is stored
 * @param chat      the chat the alerts go to
 * @param kind      whether a person's statements or a topic's articles are followed
 * @param subject   the name or the topic as the user wrote it
 * @param createdBy the user key of who set it
 * @param createdAt when; only articles ingested from then on alert
 */
public record Watch(long id, ChatRef chat, Kind kind, String subject, String createdBy, Instant createdAt) {
    /** The longest subject kept, in characters. */
    public static final int MAX_SUBJECT = 100;

    public Watch {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(kind, "kind");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("subject must not be blank");
        subject = subject.strip();
        if (subject.length() > MAX_SUBJECT) throw new IllegalArgumentException("subject must be at most " + MAX_SUBJECT + " characters");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What is followed. */
    public enum Kind {
        /** A person's (or an organisation's) statements, matched as the answers match a speaker. */
        PERSON,
        /** Articles on a topic, matched by its words and by meaning. */
        TOPIC
    }

    public Watch withId(long newId) {
        return new Watch(newId, chat, kind, subject, createdBy, createdAt);
    }
}
