package io.newsbot.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A message in the outbox, with where its delivery stands.
 *
 * @param id            the outbox's id for it
 * @param outgoing      what to send, where
 * @param status        pending, sent or given up
 * @param attempts      failed tries so far
 * @param partsSent     how many of its rendered parts the platform has accepted: a retry goes on from there
 * @param nextAttemptAt not to be tried before this
 * @param lastError     why the last try failed; empty when none did
 */
public record OutboxMessage(long id, Outgoing outgoing, Status status, int attempts, int partsSent, Instant nextAttemptAt, String lastError) {
    /** Where a message's delivery stands. */
    public enum Status {
        /** Not yet delivered (maybe partly): the sender keeps trying until its deadline. */
        PENDING,
        /** The platform accepted every part. */
        SENT,
        /** Given up: the deadline passed, or the platform refused it for good. */
        FAILED
    }

    public OutboxMessage {
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) throw new IllegalArgumentException("attempts must not be negative");
        if (partsSent < 0) throw new IllegalArgumentException("partsSent must not be negative");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lastError = lastError == null ? "" : lastError;
    }

    public String platform() {
        return outgoing.chat().platform();
    }
}
