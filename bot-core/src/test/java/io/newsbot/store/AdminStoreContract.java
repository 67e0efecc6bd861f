package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AdminStore} does, whatever it runs on. */
public abstract class AdminStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private AdminStore admins;

    /** A new, empty store. */
    protected abstract AdminStore admins();

    @BeforeEach
    void openStore() {
        admins = admins();
    }

    @Test
    void grants_once_and_revokes_once() {
        assertThat(admins.grant("telegram:42", "console:you", T0)).isTrue();
        assertThat(admins.grant("telegram:42", "console:you", T0)).isFalse();
        assertThat(admins.isAdmin("telegram:42")).isTrue();
        assertThat(admins.revoke("telegram:42")).isTrue();
        assertThat(admins.revoke("telegram:42")).isFalse();
        assertThat(admins.isAdmin("telegram:42")).isFalse();
    }

    @Test
    void lists_admins_by_platform_then_user() {
        admins.grant("telegram:42", "console:you", T0);
        admins.grant("slack:U9", "console:you", T0);
        admins.grant("slack:U1", "console:you", T0);
        assertThat(admins.all()).containsExactly("slack:U1", "slack:U9", "telegram:42");
    }

    @Test
    void keeps_platforms_apart() {
        admins.grant("telegram:42", "console:you", T0);
        assertThat(admins.isAdmin("slack:42")).isFalse();
    }

    @Test
    void refuses_a_user_key_without_a_platform() {
        assertThatThrownBy(() -> admins.grant("42", "console:you", T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
