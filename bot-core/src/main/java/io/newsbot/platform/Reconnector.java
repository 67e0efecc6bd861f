package io.newsbot.platform;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a platform in the background and keeps trying until it works: after a failure it waits with capped
 * backoff; after a refused token (a {@link CredentialsRejected}) the longest wait, since only a changed token helps.
 * Each outcome is reported to the {@link ConnectionStatus}, which logs once per change. The rest of the bot runs
 * meanwhile: other platforms, the console, digests and the outbox of this platform, which waits for it.
 */
public final class Reconnector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Reconnector.class);

    /** One try to connect. Throws when it did not work. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    private final ConnectionStatus status;
    private final ScheduledExecutorService timer;
    private final Backoff backoff;
    private final Attempt attempt;
    private int failures;
    private volatile boolean closed;

    public Reconnector(ConnectionStatus status, ScheduledExecutorService timer, Backoff backoff, Attempt attempt) {
        this.status = status;
        this.timer = timer;
        this.backoff = backoff;
        this.attempt = attempt;
    }

    /**
     * Makes the first try at once, on the calling thread, so that a reachable platform is connected when this returns;
     * if it fails, the next tries run on the timer.
     */
    public void start() {
        tryOnce();
    }

    private void tryOnce() {
        if (closed) return;
        try {
            attempt.run();
            failures = 0;
            status.connected();
            return;
        } catch (CredentialsRejected e) {
            status.rejected(e.getMessage());
            submit(backoff.max().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures++;
            status.unreachable(ConnectionStatus.oneLine(e));
            log.debug("Connecting failed", e);
            submit(backoff.delay(failures).toMillis());
        }
    }

    private void submit(long delayMillis) {
        if (closed) return;
        try {
            timer.schedule(this::tryOnce, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    /** Stops trying. */
    @Override
    public void close() {
        closed = true;
    }
}
