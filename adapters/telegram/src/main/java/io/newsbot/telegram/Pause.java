package io.newsbot.telegram;

import java.time.Duration;

/** Waits before a retry. Production sleeps; tests record the waits instead of sitting through them. */
@FunctionalInterface
public interface Pause {
    /** Sleeps the current thread. */
    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
