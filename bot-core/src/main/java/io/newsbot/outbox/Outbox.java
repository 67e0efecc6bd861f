package io.newsbot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Replies and digests waiting to be delivered, kept in the store so that neither a crash nor an outage loses one.
 * A message is written here before any attempt to send it (in the same transaction as the claim of the event it
 * answers, see {@link io.newsbot.store.Transactions}), and one sender at a time holds a lease on it while trying;
 * each part the platform accepts is recorded at once, so a retry, even on another instance, sends only the rest.
 * Messages of one chat go out in the order they were written.
 */
public interface Outbox {
    /** Writes a message to deliver; returns its id. */
    long queue(Outgoing message);

    /**
     * Leases messages due for the platform: the oldest pending message of each of up to {@code limit} chats, whose next
     * attempt is due and which no live lease holds. Nobody else gets them until the lease runs out or is given back.
     */
    List<OutboxMessage> lease(String platform, Instant now, String holder, Duration lease, int limit);

    /**
     * Records that the platform accepted the first {@code partsSent} parts, and extends the lease.
     *
     * @return false when {@code holder} no longer holds the lease (it ran out and another sender took the message)
     */
    boolean progress(long id, String holder, int partsSent, Instant leaseUntil);

    /**
     * Records the message as delivered (every part accepted) and releases its lease.
     *
     * @return false when {@code holder} no longer held the lease, so another sender may be sending it too
     */
    boolean sent(long id, String holder, Instant at);

    /** Records a failed try and releases the lease: the message is due again at {@code notBefore}. */
    void retryAt(long id, String holder, Instant notBefore, int attempts, String error);

    /** Gives the message up for good and releases its lease. */
    void failed(long id, String holder, Instant at, int attempts, String error);

    Optional<OutboxMessage> find(long id);

    /** The newest message to a chat with the given tag, such as a day's digest. */
    Optional<OutboxMessage> findTagged(String platform, String chatId, String tag);

    /** What is still to be delivered and what was given up: for admins. */
    Backlog backlog(Instant failedSince);

    /**
     * Gives every lease up: for the embedded store on start, whose previous run (the only other sender there can be)
     * crashed while sending; its messages are due again at once instead of when its leases run out.
     */
    int releaseLeases();

    /** Forgets delivered and given-up messages settled before the given time; returns how many. */
    int purgeSettledBefore(Instant before);

    /**
     * Undelivered messages.
     *
     * @param pending       messages still to be delivered
     * @param oldestPending when the oldest of them was written, if any
     * @param failed        messages given up since the time asked about
     */
    record Backlog(long pending, Optional<Instant> oldestPending, long failed) {
    }
}
