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
 * Handles a Slack event before acknowledging it: the answer is worked out on the workers while Slack's delivery thread
 * waits, so the acknowledgement goes out only after the event is claimed with its reply queued. A crash before that
 * leaves the event unacknowledged, and Slack delivers it again. An event that takes longer than Slack waits is
 * delivered again meanwhile; the claim lets only one of the two answers through. A slash command cannot wait: Slack
 * shows the person an error after three seconds, so it is acknowledged after {@link #COMMAND_BUDGET} at the latest,
 * and a crash in the moments after that loses its answer (the person can ask again).
 */
final class BeforeAck {
    /** How long an event's acknowledgement may wait for its answer to be queued. */
    static final Duration EVENT_BUDGET = Duration.ofSeconds(30);
    /** How long a slash command's acknowledgement may wait: within Slack's three seconds. */
    static final Duration COMMAND_BUDGET = Duration.ofMillis(2500);
    private static final Logger log = LoggerFactory.getLogger(BeforeAck.class);

    private BeforeAck() {
    }

    static void run(ExecutorService workers, Runnable work, Duration budget, String what) {
        Future<?> handled;
        try {
            handled = workers.submit(work);
        } catch (RejectedExecutionException e) {
            log.warn("Not handling {}: the Slack adapter is shutting down (Slack will deliver it again)", what);
            throw e;
        }
        try {
            handled.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.debug("{} takes longer than Slack waits for an acknowledgement; acknowledging it now", what);
        } catch (ExecutionException e) {
            log.error("Failed to handle {}", what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
