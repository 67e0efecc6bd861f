package io.newsbot.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between tries that double from {@code first} up to {@code max}, never more, with up to a quarter added at
 * random so that many senders retrying after one outage do not all knock at the same moment.
 *
 * @param first the wait after the first failure
 * @param max   the longest wait, however many failures came before
 */
public record Backoff(Duration first, Duration max) {
    /** For sending messages: 1 s, 2 s, 4 s ... at most a minute. */
    public static final Backoff SENDING = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    /** For reaching a platform that is down: 1 s, 2 s, 4 s ... at most 30 s. */
    public static final Backoff CONNECTING = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero()) throw new IllegalArgumentException("first must be positive");
        if (max.compareTo(first) < 0) throw new IllegalArgumentException("max must be at least first");
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first), without the random part. */
    public Duration base(int failures) {
        if (failures < 1) throw new IllegalArgumentException("failures must be at least 1");
        long millis = first.toMillis();
        for (int i = 1; i < failures && millis < max.toMillis(); i++) millis *= 2;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** The wait after the {@code failures}-th failure in a row, with its random part, still at most {@code max}. */
    public Duration delay(int failures) {
        long base = base(failures).toMillis();
        long jitter = ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(Math.min(base + jitter, max.toMillis()));
    }
}
