package io.newsbot.guard;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per key (a user, a chat): {@code capacity} messages at once, refilled at {@code perMinute}.
 * Tells a caller when a key is over its limit, and whether it is the first refusal of this window, so the
 * bot says "slow down" once rather than to every message of a flood.
 */
public final class RateLimiter {
    /** The verdict on one message. */
    public enum Verdict { ALLOWED, REFUSED_FIRST, REFUSED_AGAIN }

    private final int capacity;
    private final double perMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public RateLimiter(int capacity, int perMinute, Clock clock) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be at least 1");
        this.capacity = capacity;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > 100_000;
            }
        };
    }

    private static final class Bucket {
        double tokens;
        long at;
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
        b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perMilli);
        b.at = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            if (b.tokens >= 1) b.warned = false;
            return Verdict.ALLOWED;
        }
        if (b.warned) return Verdict.REFUSED_AGAIN;
        b.warned = true;
        return Verdict.REFUSED_FIRST;
    }
}
