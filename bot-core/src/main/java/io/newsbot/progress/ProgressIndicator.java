package io.newsbot.progress;

/**
 * How a platform shows a chat that its answer is on the way ("typing…" in Telegram, a reaction on the question in
 * Slack). Implemented by the adapters; {@link SlowAnswers} decides when to call it. Both calls are best effort: a
 * platform that refuses them (a missing scope, an outage) must not stop the answer, so implementations log and return.
 */
public interface ProgressIndicator {
    /** Nothing shown: for the console and for work that is not an answer. */
    ProgressIndicator NONE = new ProgressIndicator() {
        @Override
        public void working() {
        }

        @Override
        public void done() {
        }
    };

    /** The answer is still being worked on: show it, or renew what expires (called again every renewal period). */
    void working();

    /** The answer is queued or failed: take away what {@link #working()} left, if anything. Called only after it. */
    void done();
}
