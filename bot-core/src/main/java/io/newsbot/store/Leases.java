package io.newsbot.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Named, expiring leases, so that work which must run on one instance at a time (long polling one Telegram bot,
 * reading one feed) runs on one of the instances sharing a database. A holder renews its lease well before it
 * expires; a holder that dies loses it when it expires. Instances' clocks must agree to well within the lease's
 * length.
 */
public interface Leases {
    /**
     * Takes the lease for {@code holder} until {@code now + ttl}, or extends it if {@code holder} already has it.
     *
     * @return false if another holder has it and it has not expired
     */
    boolean acquire(String name, String holder, Instant now, Duration ttl);

    /** Gives the lease up, if {@code holder} has it, so another instance can take it at once. */
    void release(String name, String holder);

    /** Who holds the lease (or held it last, if it has run out), if anyone. */
    java.util.Optional<String> holder(String name);

    /**
     * Gives every lease up. For the embedded store on start: it has no other instance, so a lease in it was left by this
     * data directory's previous run, which crashed, and waiting for it to run out would only delay the work.
     */
    int releaseAll();
}
