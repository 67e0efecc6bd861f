package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.store.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    /** An in-memory {@link Settings}, standing in for the store across "restarts". */
    static final class MemorySettings implements Settings {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    }

    final MemorySettings store = new MemorySettings();

    @Test
    void moves_the_offset_past_an_update_only_when_it_and_all_before_it_are_handled() {
        OffsetTracker offsets = new OffsetTracker(store, "telegram.offset.1");
        offsets.received(10);
        offsets.received(11);
        offsets.received(12);

        offsets.handled(11);
        offsets.handled(12);
        assertThat(offsets.nextOffset(Duration.ZERO)).as("10 is still being answered").isEqualTo(10);
        assertThat(store.values).containsEntry("telegram.offset.1", "9");

        offsets.handled(10);
        assertThat(offsets.nextOffset(Duration.ZERO)).isEqualTo(13);
        assertThat(store.values).containsEntry("telegram.offset.1", "12");
    }

    @Test
    void resumes_from_the_stored_offset_and_refuses_updates_seen_before() {
        OffsetTracker before = new OffsetTracker(store, "telegram.offset.1");
        before.received(5);
        before.handled(5);
        before.received(6);

        OffsetTracker after = new OffsetTracker(store, "telegram.offset.1");

        assertThat(after.nextOffset(Duration.ZERO)).as("6 was never handled: ask Telegram for it again").isEqualTo(6);
        assertThat(after.received(5)).isFalse();
        assertThat(after.received(6)).isTrue();
        assertThat(after.received(6)).isFalse();
    }

    @Test
    void keeps_offsets_of_different_bots_apart() {
        OffsetTracker one = new OffsetTracker(store, "telegram.offset.1");
        one.received(100);
        one.handled(100);

        assertThat(new OffsetTracker(store, "telegram.offset.2").nextOffset(Duration.ZERO)).isEqualTo(1);
    }
}
