package io.newsbot.progress;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows that an answer is on its way when it takes longer than a moment (an LLM, a large archive): after
 * {@link Options#after()} the chat's {@link ProgressIndicator} is told the bot is working, again every
 * {@link Options#every()} (Telegram's "typing…" fades after 5 s), and told it is done once the answer is ready. A quick
 * answer shows nothing. The indicator's calls go to the platform, so they run on {@code calls}, never on the timer and
 * never on the thread answering, which they must not slow down.
 */
public final class SlowAnswers {
    private static final Logger log = LoggerFactory.getLogger(SlowAnswers.class);

    /**
     * When progress shows.
     *
     * @param after how long an answer may take before the chat is shown that it is on its way
     * @param every how often it is shown again while the answer is still being worked on
     */
    public record Options(Duration after, Duration every) {
        /** After a second, renewed every 4 s: Telegram shows a chat action for 5 s or until a message arrives. */
        public static final Options DEFAULT = new Options(Duration.ofSeconds(1), Duration.ofSeconds(4));

        public Options {
            if (after == null || after.isNegative()) throw new IllegalArgumentException("after must not be negative");
            if (every == null || every.isNegative() || every.isZero()) throw new IllegalArgumentException("every must be positive");
        }
    }

    private final ScheduledExecutorService timer;
    private final Executor calls;
    private final Options options;

    /**
     * @param timer times the progress; the caller owns it
     * @param calls makes the indicator's calls to the platform; the caller owns it
     */
    public SlowAnswers(ScheduledExecutorService timer, Executor calls, Options options) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the work of answering, showing progress on the indicator while it is slow; returns what the work returns. */
    public <T> T answer(ProgressIndicator indicator, Supplier<T> work) {
        Showing showing = new Showing(indicator);
        ScheduledFuture<?> ticks;
        try {
            ticks = timer.scheduleAtFixedRate(() -> call(showing::working), options.after().toMillis(), options.every().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return work.get(); // shutting down: answer without progress
        }
        try {
            return work.get();
        } finally {
            ticks.cancel(false);
            call(showing::done);
        }
    }

    private void call(Runnable step) {
        try {
            calls.execute(step);
        } catch (RejectedExecutionException e) {
            log.debug("Not showing progress: shutting down");
        }
    }

    /** One answer's progress; its steps run in order under its lock, so "done" never overtakes a "working" under way. */
    private static final class Showing {
        private final ProgressIndicator indicator;
        private boolean shown;
        private boolean finished;

        Showing(ProgressIndicator indicator) {
            this.indicator = indicator;
        }

        synchronized void working() {
            if (finished) return;
            shown = true;
            try {
                indicator.working();
            } catch (RuntimeException e) {
                log.debug("Could not show that an answer is on its way: {}", e.getMessage());
            }
        }

        synchronized void done() {
            finished = true;
            if (!shown) return;
            try {
                indicator.done();
            } catch (RuntimeException e) {
                log.debug("Could not take away the sign that an answer was on its way: {}", e.getMessage());
            }
        }
    }
}
