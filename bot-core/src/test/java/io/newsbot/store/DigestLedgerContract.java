package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link DigestLedger} does; each implementation's test extends this. */
public abstract class DigestLedgerContract {
    private static final ChatRef TEAM = new ChatRef("telegram", "-1001", ChatType.GROUP);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");

    protected abstract DigestLedger ledger();

    @Test
    void a_day_is_claimed_once() {
        assertThat(ledger().claim(TEAM, DAY, "a", AT)).isTrue();
        assertThat(ledger().claim(TEAM, DAY, "b", AT)).isFalse();
        assertThat(ledger().skip(TEAM, DAY, "b", AT, "missed", null)).isFalse();
        assertThat(ledger().claim(TEAM, DAY.plusDays(1), "b", AT)).isTrue();

        assertThat(ledger().find(TEAM, DAY)).hasValueSatisfying(d -> {
            assertThat(d.claimedBy()).isEqualTo("a");
            assertThat(d.status()).isEqualTo(DigestLedger.Status.CLAIMED);
        });
    }

    @Test
    void records_a_sent_digest_and_where_the_next_one_starts() {
        ledger().claim(TEAM, DAY, "a", AT);
        ledger().attempted(TEAM, DAY, 1, "Bad Gateway");

        ledger().sent(TEAM, DAY, 2, AT, 5);

        assertThat(ledger().find(TEAM, DAY)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DigestLedger.Status.SENT);
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.articles()).isEqualTo(5);
        });
        assertThat(ledger().lastCoveredUntil(TEAM)).contains(AT);
    }

    @Test
    void a_chat_without_digests_has_no_window_end() {
        ledger().skip(TEAM, DAY, "a", AT, "missed", null);

        assertThat(ledger().lastCoveredUntil(TEAM)).isEmpty();
    }

    @Test
    void counts_deliveries_by_status_for_admins() {
        ChatRef other = new ChatRef("slack", "C9", ChatType.GROUP);
        assertThat(ledger().countByStatus()).isEmpty();
        ledger().claim(TEAM, DAY, "a", AT);
        ledger().sent(TEAM, DAY, 1, AT, 3);
        ledger().claim(other, DAY, "a", AT);
        ledger().sent(other, DAY, 1, AT, 2);
        ledger().claim(TEAM, DAY.plusDays(1), "a", AT);
        ledger().failed(TEAM, DAY.plusDays(1), 4, "Bad Gateway");
        ledger().skip(other, DAY.plusDays(1), "a", AT, "missed", null);

        assertThat(ledger().countByStatus()).containsOnly(java.util.Map.entry(DigestLedger.Status.SENT, 2L),
                java.util.Map.entry(DigestLedger.Status.FAILED, 1L), java.util.Map.entry(DigestLedger.Status.SKIPPED, 1L));
    }

    @Test
    void lists_failures_for_admins_newest_first() {
        ChatRef other = new ChatRef("slack", "C9", ChatType.GROUP);
        ledger().claim(TEAM, DAY, "a", AT);
        ledger().failed(TEAM, DAY, 4, "Bad Gateway");
        ledger().claim(other, DAY, "a", AT.plusSeconds(60));
        ledger().failed(other, DAY, 1, "the bot was removed or blocked there");
        ledger().claim(TEAM, DAY.plusDays(1), "a", AT.plus(Duration.ofDays(1)));
        ledger().sent(TEAM, DAY.plusDays(1), 1, AT.plus(Duration.ofDays(1)), 3);

        assertThat(ledger().failuresSince(AT.minusSeconds(1))).extracting(DigestLedger.Delivery::chatId, DigestLedger.Delivery::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C9", "the bot was removed or blocked there"),
                        org.assertj.core.groups.Tuple.tuple("-1001", "Bad Gateway"));
        assertThat(ledger().failuresSince(AT.plusSeconds(1))).hasSize(1);
    }

    @Test
    void abandons_claims_left_unresolved_by_a_stopped_instance() {
        ledger().claim(TEAM, DAY, "gone", AT);
        ledger().claim(TEAM, DAY.plusDays(1), "alive", AT.plus(Duration.ofHours(3)));

        int abandoned = ledger().abandonClaimsBefore(AT.plus(Duration.ofHours(2)), "interrupted");

        assertThat(abandoned).isEqualTo(1);
        assertThat(ledger().find(TEAM, DAY)).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DigestLedger.Status.FAILED));
        assertThat(ledger().find(TEAM, DAY.plusDays(1))).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DigestLedger.Status.CLAIMED));
    }
}
