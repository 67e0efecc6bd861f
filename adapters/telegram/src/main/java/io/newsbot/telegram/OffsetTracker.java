package io.newsbot.telegram;

import io.newsbot.store.Settings;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which updates are handled, and the {@code getUpdates} offset to ask for next. The offset only moves past
 * an update once it and every earlier one are handled, and it is stored in the core's settings, so a restart
 * neither answers an update twice nor skips one: Telegram keeps every update above the offset we last asked
 * for, and we ask for the stored one on start. After a crash, only the updates that were being answered at
 * that moment can be answered again; none is lost.
 */
final class OffsetTracker implements UpdateLedger {
    private final Settings store;
    private final String key;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final TreeSet<Integer> inFlight = new TreeSet<>();
    private long lastReceived;
    private long handledUpTo;
    private boolean retired;

    /** @param key the setting's name: offsets belong to one bot, so the key names the bot */
    OffsetTracker(Settings store, String key) {
        this.store = store;
        this.key = key;
        this.handledUpTo = store.get(key).map(Long::parseLong).orElse(0L);
        this.lastReceived = handledUpTo;
    }

    /** Notes an update as received; false when it was received before (Telegram resends unconfirmed ones). */
    @Override
    public boolean received(int updateId) {
        lock.lock();
        try {
            if (updateId <= lastReceived) return false;
            lastReceived = updateId;
            inFlight.add(updateId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Notes an update as handled (answered or ignored), and stores the offset if it moved. */
    @Override
    public void handled(int updateId) {
        lock.lock();
        try {
            if (!inFlight.remove(updateId)) return;
            long upTo = inFlight.isEmpty() ? lastReceived : inFlight.first() - 1;
            if (upTo > handledUpTo) {
                handledUpTo = upTo;
                if (!retired) store.put(key, Long.toString(upTo));
            }
            if (inFlight.isEmpty()) idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The offset for the next {@code getUpdates}: one past the last update handled with all before it.
     * While updates are still being answered, Telegram would hand them back at once, so this first waits
     * (at most {@code patience}) for them to finish rather than poll in a tight loop.
     */
    int nextOffset(Duration patience) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!inFlight.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                idle.awaitNanos(left);
            }
            return (int) (handledUpTo + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return (int) (handledUpTo + 1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops storing the offset: polling moved to another instance, which stores it from now on (an answer still
     * running here must not move the stored offset back under it).
     */
    void retire() {
        lock.lock();
        try {
            retired = true;
        } finally {
            lock.unlock();
        }
    }

    long handledUpTo() {
        lock.lock();
        try {
            return handledUpTo;
        } finally {
            lock.unlock();
        }
    }
}
