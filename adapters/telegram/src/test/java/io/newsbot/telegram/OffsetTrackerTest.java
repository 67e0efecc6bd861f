package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.store.Settings;
import io.newsbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
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
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void moves_the_offset_past_an_update_only_when_it_and_all_before_it_are_handled() {
        OffsetTracker offsets = new OffsetTracker(store, "telegram.offset.1", clock);
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
        OffsetTracker before = new OffsetTracker(store, "telegram.offset.1", clock);
        before.received(5);
        before.handled(5);
        before.received(6);

        OffsetTracker after = new OffsetTracker(store, "telegram.offset.1", clock);

        assertThat(after.nextOffset(Duration.ZERO)).as("6 was never handled: ask Telegram for it again").isEqualTo(6);
        assertThat(after.received(6)).isTrue();
        assertThat(after.received(6)).as("sent again while it is being answered").isFalse();
    }

    @Test
    void starts_over_when_telegram_sends_an_update_below_the_offset_asked_for() {
        OffsetTracker offsets = new OffsetTracker(store, "telegram.offset.1", clock);
        offsets.received(1000);
        offsets.handled(1000);
        assertThat(offsets.nextOffset(Duration.ZERO)).isEqualTo(1001);

        // Telegram's ids started again at a random, lower number.
        assertThat(offsets.received(37)).isTrue();
        assertThat(offsets.received(38)).isTrue();
        offsets.handled(37);
        offsets.handled(38);

        assertThat(offsets.nextOffset(Duration.ZERO)).isEqualTo(39);
        assertThat(store.values).containsEntry("telegram.offset.1", "38");
    }

    @Test
    void leaves_the_offset_out_after_almost_a_week_without_updates_so_telegram_sends_whatever_ids_it_has() {
        OffsetTracker offsets = new OffsetTracker(store, "telegram.offset.1", clock);
        offsets.received(1000);
        offsets.handled(1000);
        clock.advance(OffsetTracker.STALE.minusMinutes(1));
        assertThat(offsets.nextOffset(Duration.ZERO)).isEqualTo(1001);

        clock.advance(Duration.ofMinutes(2));
        assertThat(offsets.nextOffset(Duration.ZERO)).as("left out").isNull();
        assertThat(new OffsetTracker(store, "telegram.offset.1", clock).nextOffset(Duration.ZERO)).as("also after a restart").isNull();

        assertThat(offsets.received(12)).isTrue();
        offsets.handled(12);
        assertThat(offsets.nextOffset(Duration.ZERO)).isEqualTo(13);
    }

    @Test
    void an_offset_stored_before_its_time_was_recorded_counts_as_fresh() {
        store.put("telegram.offset.1", "500");

        assertThat(new OffsetTracker(store, "telegram.offset.1", clock).nextOffset(Duration.ZERO)).isEqualTo(501);
    }

    @Test
    void keeps_offsets_of_different_bots_apart() {
        OffsetTracker one = new OffsetTracker(store, "telegram.offset.1", clock);
        one.received(100);
        one.handled(100);

        assertThat(new OffsetTracker(store, "telegram.offset.2", clock).nextOffset(Duration.ZERO)).isEqualTo(1);
    }
}
