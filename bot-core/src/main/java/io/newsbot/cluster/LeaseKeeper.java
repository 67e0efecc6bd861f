package io.newsbot.cluster;

import io.newsbot.store.Leases;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs continuous work (long polling one Telegram bot) on one instance of several sharing a database: every third of
 * the lease's length it takes or renews the lease, starts the work when it gets the lease and stops it when it loses
 * it. When the instance holding it stops, it gives the lease up and another instance takes over within a period;
 * when it dies, within the lease's length.
 */
public final class LeaseKeeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    /** The work the lease guards. */
    public interface Work {
        void start() throws Exception;

        void stop();
    }

    private final Leases leases;
    private final String name;
    private final String holder;
    private final Clock clock;
    private final Duration ttl;
    private final ScheduledExecutorService timer;
    private final Work work;
    private ScheduledFuture<?> task;
    private boolean working;
    private boolean closed;

    public LeaseKeeper(Leases leases, String name, String holder, Clock clock, Duration ttl, ScheduledExecutorService timer, Work work) {
        if (ttl.toMillis() < 3) throw new IllegalArgumentException("ttl is too short");
        this.leases = leases;
        this.name = name;
        this.holder = holder;
        this.clock = clock;
        this.ttl = ttl;
        this.timer = timer;
        this.work = work;
    }

    /** Tries for the lease now (starting the work at once if it is free), then every third of its length. */
    public synchronized void start() {
        if (task != null || closed) return;
        check();
        long period = ttl.toMillis() / 3;
        task = timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** Whether this instance holds the lease and its work is running. */
    public synchronized boolean working() {
        return working;
    }

    synchronized void check() {
        if (closed) return;
        boolean held;
        String before = null;
        try {
            if (!working) before = leases.holder(name).filter(h -> !h.equals(holder)).orElse(null);
            held = leases.acquire(name, holder, clock.instant(), ttl);
        } catch (RuntimeException e) {
            // Unable to renew, this instance cannot know whether another one took over: it stops, to be safe.
            log.warn("Could not renew the lease {}: {}", name, e.getMessage());
            held = false;
        }
        if (held && !working) {
            try {
                work.start();
                working = true;
                if (before == null) log.info("This instance ({}) holds {} and does its work", holder, name);
                else log.info("This instance ({}) holds {} and does its work, taking over from {}, whose lease ran out", holder, name, before);
            } catch (Exception e) {
                log.error("Could not start the work of {}; giving the lease up", name, e);
                release();
            }
        } else if (!held && working) {
            working = false;
            log.info("This instance ({}) no longer holds {}; another instance does its work", holder, name);
            work.stop();
        }
    }

    /** Stops the work and gives the lease up at once, so another instance can take over. */
    @Override
    public synchronized void close() {
        closed = true;
        if (task != null) task.cancel(false);
        if (working) {
            working = false;
            work.stop();
        }
        release();
    }

    private void release() {
        try {
            leases.release(name, holder);
        } catch (RuntimeException e) {
            log.warn("Could not give up the lease {} (it expires in {} s): {}", name, ttl.toSeconds(), e.getMessage());
        }
    }
}
