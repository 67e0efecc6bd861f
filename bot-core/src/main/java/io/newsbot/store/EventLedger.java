package io.newsbot.store;

import java.time.Instant;

/** Remembers which platform events were handled, so a redelivered event is not answered twice. */
public interface EventLedger {
    /** @return true if this call claimed the event, false if it was claimed before */
    boolean claim(String eventKey, Instant at);

    /** Whether the event was claimed already: a cheap look before the work of answering a redelivered event. */
    boolean isClaimed(String eventKey);

    /** Forgets events claimed before the given time. */
    int purgeBefore(Instant before);
}
