package io.newsbot.slack;

import java.time.Duration;

/** Waits before a retry, such as the {@code Retry-After} of a rate-limited call. Tests pass one that records the waits. */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread: the real thing. */
    static Pause sleeping() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
