package io.newsbot.outbox;

import io.newsbot.platform.Backoff;
import io.newsbot.platform.DeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one platform's outbox messages through its {@link Courier}: on start (so what a crash or an outage left
 * behind goes out first), when woken for a new message, every poll interval, and when a retry falls due. Each
 * message is leased while it is tried, so of several instances one sends it. A rate limit is waited out for as long
 * as the platform asks; an outage or a server error is retried with capped backoff; either until the message's
 * deadline, after which it is given up. A refusal that trying again cannot fix gives it up at once.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /**
     * How the sender works.
     *
     * @param holder  names this instance in the leases
     * @param poll    how often the outbox is checked for messages nobody woke the sender for (other instances', retries)
     * @param lease   how long a message stays with this sender per try; renewed with each part sent
     * @param backoff the waits between tries after an outage or a server error
     * @param batch   the most messages leased at once
     */
    public record Options(String holder, Duration poll, Duration lease, Backoff backoff, int batch) {
        public Options {
            if (holder == null || holder.isBlank()) throw new IllegalArgumentException("holder must not be blank");
            if (poll == null || poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive");
            if (lease == null || lease.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("lease must be at least a second");
            Objects.requireNonNull(backoff, "backoff");
            if (batch < 1) throw new IllegalArgumentException("batch must be at least 1");
        }

        public static Options defaults(String holder) {
            // A try takes seconds (a few parts, each within the HTTP timeouts) and renews the lease with each part: a minute
            // is ample, and is how long another instance waits to take over the messages of one that died while sending.
            return new Options(holder, Duration.ofSeconds(5), Duration.ofMinutes(1), Backoff.SENDING, 20);
        }
    }

    /** Told when a message is settled: delivered or given up. For metrics and tests. */
    @FunctionalInterface
    public interface Listener {
        void settled(OutboxMessage message, OutboxMessage.Status status);
    }

    private final Outbox outbox;
    private final Courier courier;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Executor workers;
    private final Options options;
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private volatile Listener listener = (m, s) -> { };
    private volatile boolean closed;
    private ScheduledFuture<?> polling;

    /**
     * @param timer   runs the checks of the outbox and schedules retries; the caller owns it
     * @param workers runs the tries, one per message, in parallel across chats; the caller owns it
     */
    public OutboxSender(Outbox outbox, Courier courier, Clock clock, ScheduledExecutorService timer, Executor workers, Options options) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.courier = Objects.requireNonNull(courier, "courier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.options = Objects.requireNonNull(options, "options");
    }

    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Sends what is due at once, then checks every poll interval. */
    public synchronized void start() {
        if (polling != null || closed) return;
        polling = timer.scheduleWithFixedDelay(this::scan, 0, options.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Checks the outbox now: a message was queued, or one was delivered and the next of its chat may wait behind it. */
    public void wake() {
        if (closed || !scanQueued.compareAndSet(false, true)) return;
        try {
            timer.execute(() -> {
                scanQueued.set(false);
                scan();
            });
        } catch (RejectedExecutionException e) {
            scanQueued.set(false);
        }
    }

    private void scan() {
        if (closed) return;
        List<OutboxMessage> due;
        try {
            due = outbox.lease(courier.platform(), clock.instant(), options.holder(), options.lease(), options.batch());
        } catch (RuntimeException e) {
            log.warn("Could not read the {} outbox: {}", courier.platform(), e.getMessage());
            return;
        }
        log.debug("Scanned the {} outbox: {} due", courier.platform(), due.size());
        for (OutboxMessage m : due) {
            try {
                workers.execute(() -> attempt(m));
            } catch (RejectedExecutionException e) {
                // Shutting down: hand it back at once, for the next start or another instance.
                outbox.retryAt(m.id(), options.holder(), clock.instant(), m.attempts(), m.lastError());
            }
        }
        if (due.size() == options.batch()) wake();
    }

    private void attempt(OutboxMessage m) {
        if (clock.instant().isAfter(m.outgoing().deadline())) {
            giveUp(m, m.attempts(), "its deadline passed before it could be sent" + (m.lastError().isEmpty() ? "" : " (" + m.lastError() + ")"));
            return;
        }
        AtomicBoolean marked = new AtomicBoolean();
        log.debug("Trying {} to {} (parts sent {}, failed tries {})", describe(m), m.outgoing().chat().key(), m.partsSent(), m.attempts());
        try {
            courier.deliver(m, (accepted, total) -> {
                Instant now = clock.instant();
                if (accepted >= total) {
                    // Right after the platform accepted the last part: a crash from here on does not send it again.
                    if (!outbox.sent(m.id(), options.holder(), now)) leaseRanOut(m);
                    marked.set(true);
                    log.debug("Recorded {} as sent", describe(m));
                } else if (!outbox.progress(m.id(), options.holder(), accepted, now.plus(options.lease()))) {
                    throw new Courier.LeaseLost(m.id());
                }
            });
            if (!marked.get() && !outbox.sent(m.id(), options.holder(), clock.instant())) leaseRanOut(m);
            if (m.attempts() > 0) log.info("Delivered {} to {} after {} failed tries", describe(m), m.outgoing().chat().key(), m.attempts());
            listener.settled(m, OutboxMessage.Status.SENT);
            wake();
        } catch (Courier.LeaseLost e) {
            log.warn("Stopped sending {} to {}: {}", describe(m), m.outgoing().chat().key(), e.getMessage());
        } catch (DeliveryException e) {
            failedTry(m, e);
        } catch (RuntimeException e) {
            log.warn("Sending {} to {} failed unexpectedly; trying again", describe(m), m.outgoing().chat().key(), e);
            failedTry(m, DeliveryException.transientFailure(String.valueOf(e.getMessage()), null, e));
        }
    }

    /** The platform took it after this sender's lease had run out: another instance may have sent it as well. */
    private void leaseRanOut(OutboxMessage m) {
        log.warn("Delivered {} to {} after this instance's lease on it ran out; another instance may have sent it too", describe(m),
                m.outgoing().chat().key());
    }

    private void failedTry(OutboxMessage m, DeliveryException e) {
        int attempts = m.attempts() + 1;
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e.chatGone() || !e.retryable()) {
            giveUp(m, attempts, error);
            return;
        }
        Duration wait = e.retryAfter().orElseGet(() -> options.backoff().delay(attempts));
        Instant next = clock.instant().plus(wait);
        if (next.isAfter(m.outgoing().deadline())) {
            giveUp(m, attempts, "not delivered before its deadline; last error: " + error);
            return;
        }
        outbox.retryAt(m.id(), options.holder(), next, attempts, error);
        if (attempts == 1) {
            log.info("Could not send {} to {} yet ({}); trying again in {} ms, until {}", describe(m), m.outgoing().chat().key(), error,
                    wait.toMillis(), m.outgoing().deadline());
        } else {
            log.debug("Try {} of {} to {} failed ({}); next in {} ms", attempts, describe(m), m.outgoing().chat().key(), error, wait.toMillis());
        }
        try {
            timer.schedule(this::wake, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException ignored) {
            // Shutting down: the next start sends it.
        }
    }

    private void giveUp(OutboxMessage m, int attempts, String error) {
        outbox.failed(m.id(), options.holder(), clock.instant(), attempts, error);
        log.warn("Gave up on {} to {} after {} tries: {}", describe(m), m.outgoing().chat().key(), attempts, error);
        listener.settled(m, OutboxMessage.Status.FAILED);
    }

    private static String describe(OutboxMessage m) {
        return m.outgoing().reply().kind().name().toLowerCase(java.util.Locale.ROOT) + " #" + m.id();
    }

    /** Stops checking the outbox; tries under way finish on the workers, whose owner shuts them down. */
    @Override
    public synchronized void close() {
        closed = true;
        if (polling != null) polling.cancel(false);
    }
}
