package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DigestGrants} does, whatever it runs on. */
public abstract class DigestGrantsContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private DigestGrants grants;

    /** A new, empty store. */
    protected abstract DigestGrants grants();

    @BeforeEach
    void openStore() {
        grants = grants();
    }

    @Test
    void grants_once_and_revokes_once() {
        assertThat(grants.isGranted("telegram:-100555")).isFalse();
        assertThat(grants.grant("telegram:-100555", "console:local-user", T0)).isTrue();
        assertThat(grants.grant("telegram:-100555", "console:local-user", T0)).isFalse();
        assertThat(grants.isGranted("telegram:-100555")).isTrue();
        assertThat(grants.all()).containsExactly("telegram:-100555");
        assertThat(grants.revoke("telegram:-100555")).isTrue();
        assertThat(grants.revoke("telegram:-100555")).isFalse();
        assertThat(grants.isGranted("telegram:-100555")).isFalse();
    }
}
