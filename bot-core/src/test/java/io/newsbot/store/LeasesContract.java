package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import io.newsbot.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Leases} does, whatever it runs on. */
public abstract class LeasesContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(30);
    private Leases leases;

    /** New, empty leases. */
    protected abstract Leases leases();

    @BeforeEach
    void open() {
        leases = leases();
    }

    @Test
    void a_free_lease_goes_to_the_first_asker_and_not_to_a_second() {
        assertThat(leases.acquire("telegram:1", "a", T0, TTL)).isTrue();
        assertThat(leases.acquire("telegram:1", "b", T0.plusSeconds(1), TTL)).isFalse();
        assertThat(leases.acquire("feed:7", "b", T0, TTL)).as("another lease is free").isTrue();
    }

    @Test
    void the_holder_renews_its_lease_and_keeps_it_past_the_first_expiry() {
        leases.acquire("telegram:1", "a", T0, TTL);
        assertThat(leases.acquire("telegram:1", "a", T0.plusSeconds(20), TTL)).isTrue();
        assertThat(leases.acquire("telegram:1", "b", T0.plusSeconds(40), TTL)).as("renewed until 50 s").isFalse();
        assertThat(leases.acquire("telegram:1", "b", T0.plusSeconds(50), TTL)).isTrue();
        assertThat(leases.acquire("telegram:1", "a", T0.plusSeconds(51), TTL)).as("a lost it").isFalse();
    }

    @Test
    void an_expired_lease_can_be_taken_by_another_holder() {
        leases.acquire("feed:7", "a", T0, TTL);
        assertThat(leases.acquire("feed:7", "b", T0.plus(TTL), TTL)).isTrue();
    }

    @Test
    void a_released_lease_is_free_at_once_but_only_its_holder_can_release_it() {
        leases.acquire("feed:7", "a", T0, TTL);
        leases.release("feed:7", "b");
        assertThat(leases.acquire("feed:7", "b", T0, TTL)).isFalse();
        leases.release("feed:7", "a");
        assertThat(leases.acquire("feed:7", "b", T0, TTL)).isTrue();
    }

    @Test
    void names_the_holder_of_a_lease_even_after_it_ran_out() {
        assertThat(leases.holder("telegram:1")).isEmpty();
        leases.acquire("telegram:1", "a", T0, TTL);
        assertThat(leases.holder("telegram:1")).contains("a");
        assertThat(leases.acquire("telegram:1", "b", T0.plus(TTL), TTL)).isTrue();
        assertThat(leases.holder("telegram:1")).contains("b");
    }

    @Test
    void releasing_every_lease_frees_them_all() {
        leases.acquire("telegram:1", "crashed", T0, TTL);
        leases.acquire("feed:7", "crashed", T0, TTL);

        assertThat(leases.releaseAll()).isEqualTo(2);

        assertThat(leases.acquire("telegram:1", "restarted", T0.plusSeconds(1), TTL)).isTrue();
    }

    @Test
    void gives_a_contested_lease_to_exactly_one_holder() throws Exception {
        assertThat(Race.winners(8, i -> () -> leases.acquire("telegram:1", "instance-" + i, T0, TTL))).isEqualTo(1);
    }
}
