package io.newsbot.telegram;

import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The polling session's wait after a failed {@code getUpdates}: doubles from half a second to at most 30
 * seconds, with some jitter, and never gives up. (The library's default grows to a 15-minute sleep after a
 * long outage.)
 */
final class CappedBackOff implements BackOff {
    private static final long FIRST_MILLIS = 500;
    private static final long MAX_MILLIS = 30_000;
    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = next;
        next = Math.min(next * 2, MAX_MILLIS);
        return wait + ThreadLocalRandom.current().nextLong(wait / 4 + 1);
    }
}
