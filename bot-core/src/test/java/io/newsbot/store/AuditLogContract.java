package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.store.AuditLog.Entry;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does, whatever it runs on. */
public abstract class AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private AuditLog audit;

    /** A new, empty log. */
    protected abstract AuditLog audit();

    @BeforeEach
    void openLog() {
        audit = audit();
    }

    @Test
    void lists_the_newest_entries_first_up_to_the_limit() {
        Entry first = new Entry(T0, "telegram", "-1001", "42", "/admin grant slack:U1", "ok", "");
        Entry second = new Entry(T0.plusSeconds(1), "slack", "C1", "U7", "/admin broadcast hi", "refused", "not an admin");
        Entry third = new Entry(T0.plusSeconds(2), "console", "local", "you", "/admin stats", "ok", "");
        audit.record(first);
        audit.record(second);
        audit.record(third);
        assertThat(audit.latest(2)).containsExactly(third, second);
        assertThat(audit.latest(10)).containsExactly(third, second, first);
    }

    @Test
    void cuts_an_overlong_command_instead_of_failing() {
        audit.record(new Entry(T0, "slack", "C1", "U7", "/admin broadcast " + "x".repeat(5000), "ok", null));
        Entry stored = audit.latest(1).get(0);
        assertThat(stored.command()).hasSize(1024).startsWith("/admin broadcast x");
        assertThat(stored.detail()).isEmpty();
    }
}
