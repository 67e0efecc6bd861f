package io.newsbot.guard;

import static io.newsbot.guard.RateLimiter.Verdict.ALLOWED;
import static io.newsbot.guard.RateLimiter.Verdict.REFUSED_AGAIN;
import static io.newsbot.guard.RateLimiter.Verdict.REFUSED_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final RateLimiter limiter = new RateLimiter(3, 6, clock); // 3 at once, one more every 10 s

    @Test
    void allows_a_burst_up_to_capacity_then_refuses() {
        assertThat(verdicts("alice", 5)).containsExactly(ALLOWED, ALLOWED, ALLOWED, REFUSED_FIRST, REFUSED_AGAIN);
    }

    @Test
    void refills_at_the_configured_rate() {
        verdicts("alice", 4);
        clock.advance(Duration.ofSeconds(9));
        assertThat(limiter.acquire("alice")).isEqualTo(REFUSED_AGAIN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("alice")).isEqualTo(ALLOWED);
        assertThat(limiter.acquire("alice")).isEqualTo(REFUSED_AGAIN);
    }

    @Test
    void warns_at_most_once_per_window_even_when_the_flood_pauses() {
        verdicts("alice", 4); // warned at 10:00:00
        clock.advance(Duration.ofSeconds(30)); // three tokens back
        assertThat(verdicts("alice", 5)).containsExactly(ALLOWED, ALLOWED, ALLOWED, REFUSED_AGAIN, REFUSED_AGAIN);
        clock.advance(Duration.ofSeconds(30)); // a minute after the warning
        assertThat(verdicts("alice", 4)).containsExactly(ALLOWED, ALLOWED, ALLOWED, REFUSED_FIRST);
    }

    @Test
    void keeps_each_key_apart() {
        verdicts("alice", 10);
        assertThat(verdicts("bob", 3)).containsOnly(ALLOWED);
    }

    @Test
    void a_clock_stepping_back_neither_drains_nor_fills_the_bucket() {
        verdicts("alice", 3);
        clock.advance(Duration.ofMinutes(-5));
        assertThat(limiter.acquire("alice")).isEqualTo(REFUSED_FIRST);
        clock.advance(Duration.ofMinutes(5).plusSeconds(10));
        assertThat(limiter.acquire("alice")).isEqualTo(ALLOWED);
    }

    private List<RateLimiter.Verdict> verdicts(String key, int n) {
        List<RateLimiter.Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(limiter.acquire(key));
        return out;
    }
}
