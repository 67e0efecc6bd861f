package io.newsbot.slack;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a Slack event before acknowledging it, as far as Slack's three seconds allow: the answer is worked out on the
 * workers while Slack's delivery thread waits, so the acknowledgement usually goes out only after the event is claimed
 * with its reply queued. A crash before that leaves the event unacknowledged, and Slack delivers it again. An answer
 * that takes longer is acknowledged anyway (else Slack retries while it runs) and finishes in the background.
 */
final class BeforeAck {
    static final Duration BUDGET = Duration.ofMillis(2500);
    private static final Logger log = LoggerFactory.getLogger(BeforeAck.class);

    private BeforeAck() {
    }

    static void run(ExecutorService workers, Runnable work, String what) {
        Future<?> handled;
        try {
            handled = workers.submit(work);
        } catch (RejectedExecutionException e) {
            log.warn("Not handling {}: the Slack adapter is shutting down (Slack will deliver it again)", what);
            throw e;
        }
        try {
            handled.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.debug("{} takes longer than Slack waits for an acknowledgement; acknowledging it now", what);
        } catch (ExecutionException e) {
            log.error("Failed to handle {}", what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
