package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Settings} store does, whatever it runs on. */
public abstract class SettingsContract {
    private Settings settings;

    /** A new, empty store. */
    protected abstract Settings settings();

    @BeforeEach
    void openStore() {
        settings = settings();
    }

    @Test
    void returns_what_was_put_last() {
        assertThat(settings.get("telegram.offset")).isEmpty();
        settings.put("telegram.offset", "100");
        settings.put("telegram.offset", "101");
        settings.put("demo.seeded", "yes");
        assertThat(settings.get("telegram.offset")).contains("101");
        assertThat(settings.get("demo.seeded")).contains("yes");
    }

    @Test
    void survives_writers_racing_to_create_the_same_setting() throws Exception {
        Race.run(8, i -> () -> {
            settings.put("raced", "v" + i);
            return null;
        });
        assertThat(settings.get("raced").orElseThrow()).matches("v[0-7]");
    }
}
