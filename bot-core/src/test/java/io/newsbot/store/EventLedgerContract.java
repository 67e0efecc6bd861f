package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import io.newsbot.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventLedger} does, whatever it runs on. */
public abstract class EventLedgerContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private EventLedger ledger;

    /** A new, empty ledger. */
    protected abstract EventLedger ledger();

    @BeforeEach
    void openLedger() {
        ledger = ledger();
    }

    @Test
    void lets_an_event_be_claimed_once() {
        assertThat(ledger.claim("slack:Ev1", T0)).isTrue();
        assertThat(ledger.claim("slack:Ev1", T0.plusSeconds(1))).isFalse();
        assertThat(ledger.claim("slack:Ev2", T0)).isTrue();
    }

    @Test
    void tells_whether_an_event_was_claimed_without_claiming_it() {
        assertThat(ledger.isClaimed("telegram:1:5")).isFalse();
        assertThat(ledger.claim("telegram:1:5", T0)).as("looking did not claim it").isTrue();
        assertThat(ledger.isClaimed("telegram:1:5")).isTrue();
    }

    @Test
    void forgets_only_events_claimed_before_the_cutoff() {
        ledger.claim("old", T0.minusSeconds(3600));
        ledger.claim("new", T0);
        assertThat(ledger.purgeBefore(T0.minusSeconds(60))).isEqualTo(1);
        assertThat(ledger.claim("old", T0)).isTrue();
        assertThat(ledger.claim("new", T0)).isFalse();
    }

    @Test
    void gives_a_contested_event_to_exactly_one_claimant() throws Exception {
        assertThat(Race.winners(8, i -> () -> ledger.claim("telegram:update:777", T0))).isEqualTo(1);
    }
}
