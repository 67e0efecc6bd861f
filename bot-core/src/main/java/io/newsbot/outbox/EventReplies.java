package io.newsbot.outbox;

import io.newsbot.store.EventLedger;
import io.newsbot.store.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Commits the handling of an incoming platform event: claims it under each of its keys in the {@link EventLedger}
 * and queues its reply in the {@link Outbox}, in one transaction. A crash before the commit leaves the event
 * unclaimed (the platform delivers it again, and it is answered then); a crash after it leaves the reply in the
 * outbox (sent on the next start). An event whose key was claimed before is not answered again.
 */
public final class EventReplies {
    /** How a commit went. */
    public enum Outcome {
        /** Claimed, and the reply is queued. */
        QUEUED,
        /** Claimed; there was nothing to reply. */
        CLAIMED,
        /** Another delivery of the event was handled before: nothing was written. */
        ALREADY_HANDLED
    }

    private final Transactions transactions;
    private final EventLedger events;
    private final Outbox outbox;

    public EventReplies(Transactions transactions, EventLedger events, Outbox outbox) {
        this.transactions = transactions;
        this.events = events;
        this.outbox = outbox;
    }

    /** Whether any of the event's keys was claimed already: checked before the work of answering it. */
    public boolean handledBefore(List<String> keys) {
        for (String key : keys) if (events.isClaimed(key)) return true;
        return false;
    }

    public Outcome commit(List<String> keys, Instant at, Optional<Outgoing> reply) {
        if (keys.isEmpty()) throw new IllegalArgumentException("keys must name the event");
        try {
            return transactions.atomically(() -> {
                for (String key : keys) {
                    if (!events.claim(key, at)) throw new AlreadyClaimed();
                }
                reply.ifPresent(outbox::queue);
                return reply.isPresent() ? Outcome.QUEUED : Outcome.CLAIMED;
            });
        } catch (AlreadyClaimed e) {
            return Outcome.ALREADY_HANDLED;
        }
    }

    /** Rolls the transaction back when a key was claimed before (on PostgreSQL the failed insert has aborted it anyway). */
    private static final class AlreadyClaimed extends RuntimeException {
        AlreadyClaimed() {
            super("already claimed", null, false, false);
        }
    }
}
