package io.newsbot.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a chat's digest starts: where its last digest ended, or {@code first} ago for a chat's first
 * digest, but never more than {@code max} ago (after a long outage a digest of weeks helps nobody).
 */
public record Lookback(Duration first, Duration max) {
    public static final Lookback DEFAULT = new Lookback(Duration.ofHours(24), Duration.ofDays(7));

    public Lookback {
        if (first == null || first.isNegative() || first.isZero()) throw new IllegalArgumentException("first must be positive");
        if (max == null || max.compareTo(first) < 0) throw new IllegalArgumentException("max must be at least first");
    }

    public Instant from(Optional<Instant> lastCoveredUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        Instant from = lastCoveredUntil.orElse(now.minus(first));
        Instant earliest = now.minus(max);
        return from.isBefore(earliest) ? earliest : from;
    }
}
