package io.newsbot.telegram;

import io.newsbot.store.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which updates are handled, and the {@code getUpdates} offset to ask for next. The offset only moves past an update
 * once it and every earlier one are handled (claimed, with the reply queued), and it is stored, so a restart asks
 * Telegram again for what was under way. It is not the only guard: an update handled before is recognised by its claim.
 * <p>
 * The Bot API may start update ids again at a random number after a week without updates, possibly below the stored
 * offset, and asking with an offset above an update's id confirms (deletes) that update. So when the offset has not
 * moved for {@link #STALE} the offset is left out, and Telegram returns its oldest unconfirmed updates whatever their
 * ids; an update below the offset asked for (Telegram's ids started again) makes the tracker start over from it.
 */
final class OffsetTracker implements UpdateLedger {
    /** Safely inside the Bot API's week: after this long without a new update, ids may have started again. */
    static final Duration STALE = Duration.ofDays(6);
    private static final Logger log = LoggerFactory.getLogger(OffsetTracker.class);
    private final Settings store;
    private final String key;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final TreeSet<Integer> inFlight = new TreeSet<>();
    private long lastReceived;
    private long handledUpTo;
    private Instant movedAt;
    /** The offset of the last getUpdates, or {@code null} when it was left out. */
    private Long asked;
    private boolean retired;

    /** @param key the setting's name: offsets belong to one bot, so the key names the bot */
    OffsetTracker(Settings store, String key, Clock clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.handledUpTo = store.get(key).map(Long::parseLong).orElse(0L);
        this.lastReceived = handledUpTo;
        // An offset stored before newsbot recorded when it moved counts as fresh: it was in use until this start.
        this.movedAt = store.get(key + ".at").map(Instant::parse).orElse(clock.instant());
    }

    /** Notes an update as received; false when it was received before (Telegram resends unconfirmed ones). */
    @Override
    public boolean received(int updateId) {
        lock.lock();
        try {
            if (asked != null ? updateId < asked : updateId <= handledUpTo) startOver(updateId);
            if (updateId <= lastReceived) return false;
            lastReceived = updateId;
            inFlight.add(updateId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Telegram's update ids started again below ours: go on from the update just received. */
    private void startOver(int updateId) {
        log.warn("Telegram sent update {} below the stored offset {}: its update ids started again (after a week without updates);"
                + " going on from there. Updates answered before are recognised by their claims", updateId, handledUpTo + 1);
        inFlight.clear();
        idle.signalAll();
        handledUpTo = updateId - 1L;
        lastReceived = updateId - 1L;
        asked = (long) updateId;
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
                movedAt = clock.instant();
                if (!retired) {
                    store.put(key, Long.toString(upTo));
                    store.put(key + ".at", movedAt.toString());
                }
            }
            if (inFlight.isEmpty()) idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The offset for the next {@code getUpdates}: one past the last update handled with all before it, or
     * {@code null} (leave it out) when it has not moved for {@link #STALE}. While updates are still being answered,
     * Telegram would hand them back at once, so this first waits (at most {@code patience}) for them to finish.
     */
    Integer nextOffset(Duration patience) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!inFlight.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                idle.awaitNanos(left);
            }
            boolean stale = inFlight.isEmpty() && Duration.between(movedAt, clock.instant()).compareTo(STALE) > 0;
            asked = stale ? null : handledUpTo + 1;
            return asked == null ? null : (int) (long) asked;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            asked = handledUpTo + 1;
            return (int) (long) asked;
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
