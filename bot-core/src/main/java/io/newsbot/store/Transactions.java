package io.newsbot.store;

import java.util.function.Supplier;

/**
 * Runs work that writes to several stores as one unit: all of it is kept, or none of it. The claim of an incoming
 * event and the reply queued for it commit together this way, so a crash between the two cannot lose the reply
 * or answer the event twice.
 */
public interface Transactions {
    /**
     * Runs the work in one transaction, committed when it returns and rolled back when it throws. Work that is
     * already inside a transaction joins it.
     */
    <T> T atomically(Supplier<T> work);
}
