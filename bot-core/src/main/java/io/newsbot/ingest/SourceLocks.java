package io.newsbot.ingest;

import io.newsbot.store.Leases;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes sure one source is read by one instance at a time, across the instances sharing a database: whoever reads
 * a feed (the poller, or an admin adding it) holds the source's lease while it does. The lease outlasts any read
 * (the fetch is bounded in time, and a feed's articles take seconds to index), and is released as soon as the
 * read ends; an instance that dies mid-read leaves it to expire.
 */
public final class SourceLocks {
    static final Duration TTL = Duration.ofMinutes(15);
    private final Leases leases;
    private final String holder;
    private final Clock clock;

    /** @param holder this instance's name, unique among the instances sharing the database */
    public SourceLocks(Leases leases, String holder, Clock clock) {
        this.leases = leases;
        this.holder = holder;
        this.clock = clock;
    }

    /**
     * Runs the work holding the source's lease, or not at all if another instance holds it.
     *
     * @param work returns what it read (never null)
     * @return what the work returned, or empty when another instance is reading the source
     */
    public <T> Optional<T> whileReading(long sourceId, Supplier<T> work) {
        String name = "source:" + sourceId;
        if (!leases.acquire(name, holder, clock.instant(), TTL)) return Optional.empty();
        try {
            return Optional.of(work.get());
        } finally {
            leases.release(name, holder);
        }
    }
}
