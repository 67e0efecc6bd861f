package io.newsbot.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcDigestLedger;
import io.newsbot.testing.LogRecorder;
import io.newsbot.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DigestCountsTest {
    private static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Test
    void lists_statuses_most_first_in_lower_case() {
        DigestLedger ledger = new JdbcDigestLedger(db.get());
        ChatRef team = new ChatRef("telegram", "-1001", ChatType.GROUP);
        ChatRef other = new ChatRef("slack", "C9", ChatType.GROUP);
        ledger.claim(team, DAY, "a", AT);
        ledger.failed(team, DAY, 4, "Bad Gateway");
        for (int day = 1; day <= 2; day++) {
            ledger.claim(other, DAY.plusDays(day), "a", AT);
            ledger.sent(other, DAY.plusDays(day), 1, AT, 3);
        }

        assertThat(new DigestCounts(ledger).byStatus()).containsExactly(Map.entry("sent", 2L), Map.entry("failed", 1L));
    }

    @Test
    void a_ledger_that_cannot_be_read_gives_no_figures_and_a_log_line_with_the_cause() {
        Database closed = Database.inMemory(TestDatabase.uniqueName());
        DigestLedger ledger = new JdbcDigestLedger(closed);
        closed.close();

        try (LogRecorder log = new LogRecorder()) {
            assertThat(new DigestCounts(ledger).byStatus()).isEmpty();

            assertThat(log.atLeast(Level.WARN)).singleElement().satisfies(e -> {
                assertThat(e.getFormattedMessage()).contains("no digest figures");
                assertThat(e.getThrowableProxy()).as("the stack trace for the operator").isNotNull();
            });
        }
    }
}
