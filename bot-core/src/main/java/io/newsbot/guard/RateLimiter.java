package io.newsbot.guard;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (a user, a chat): {@code capacity} messages at once, refilled at {@code perMinute}.
 * Tells a caller when a key is over its limit, and whether this refusal is the first of its warning window,
 * so the bot says "slow down" at most once per window rather than to every message of a flood. Each call is
 * O(1) under a short lock, so a flooding key costs others next to nothing.
 */
public final class RateLimiter {
    /** The verdict on one message. */
    public enum Verdict { ALLOWED, REFUSED_FIRST, REFUSED_AGAIN }

    /** Keys remembered at most; the least recently seen are forgotten first (they start again with a full bucket). */
    static final int MAX_KEYS = 100_000;
    private final int capacity;
    private final double perMilli;
    private final long warnEveryMillis;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    /** A limiter that warns at most once a minute per key. */
    public RateLimiter(int capacity, int perMinute, Clock clock) {
        this(capacity, perMinute, Duration.ofMinutes(1), clock);
    }

    public RateLimiter(int capacity, int perMinute, Duration warnEvery, Clock clock) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be at least 1");
        if (warnEvery.isNegative()) throw new IllegalArgumentException("warnEvery must not be negative");
        this.capacity = capacity;
        this.perMilli = perMinute / 60_000.0;
        this.warnEveryMillis = warnEvery.toMillis();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }

    private static final class Bucket {
        double tokens;
        long at;
        long warnedAt;
        boolean warned;
    }

    public synchronized Verdict acquire(String key) {
        long now = clock.millis();
        Bucket b = buckets.computeIfAbsent(key, k -> {
            Bucket nb = new Bucket();
            nb.tokens = capacity;
            nb.at = now;
            return nb;
        });
        // A clock stepping backwards must not drain or overfill the bucket.
        long elapsed = Math.max(0, now - b.at);
        b.tokens = Math.min(capacity, b.tokens + elapsed * perMilli);
        b.at = Math.max(b.at, now);
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return Verdict.ALLOWED;
        }
        if (b.warned && now - b.warnedAt < warnEveryMillis) return Verdict.REFUSED_AGAIN;
        b.warned = true;
        b.warnedAt = now;
        return Verdict.REFUSED_FIRST;
    }
}
