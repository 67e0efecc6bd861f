package io.newsbot.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a positive signal that has no event to wait on (a row in a shared database, a flag another instance sets):
 * looks again every few milliseconds until it holds, and fails with the message when it has not within the timeout.
 * Never use it to wait and then assert that something did not happen: that proves nothing on a slow machine.
 */
public final class Eventually {
    private static final long LOOK_EVERY_MILLIS = 20;

    private Eventually() {
    }

    /** Waits until the condition holds. */
    public static void until(BooleanSupplier condition, Duration timeout, String waitingFor) throws InterruptedException {
        value(() -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout, waitingFor);
    }

    /** Waits until the supplier returns a value, and returns it. */
    public static <T> T value(Supplier<Optional<T>> state, Duration timeout, String waitingFor) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = state.get();
            if (value.isPresent()) return value.get();
            if (System.nanoTime() > deadline) throw new AssertionError("waited " + timeout.toSeconds() + " s for " + waitingFor);
            TimeUnit.MILLISECONDS.sleep(LOOK_EVERY_MILLIS);
        }
    }
}
