package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyTimeTest {

    @Test
    void the_same_local_time_falls_on_different_instants_in_different_zones() {
        Instant midnightUtc = Instant.parse("2026-11-23T00:00:00Z");

        assertThat(at("07:30", "Asia/Kolkata").nextAfter(midnightUtc)).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(at("07:30", "America/New_York").nextAfter(midnightUtc)).isEqualTo("2026-11-23T12:30:00Z");
        assertThat(at("07:30", "Europe/Berlin").nextAfter(midnightUtc)).isEqualTo("2026-11-23T06:30:00Z");
        assertThat(at("07:30", "Pacific/Auckland").nextAfter(midnightUtc)).isEqualTo("2026-11-23T18:30:00Z");
    }

    @Test
    void a_time_already_past_today_is_next_due_tomorrow() {
        DailyTime berlin = at("07:30", "Europe/Berlin");

        assertThat(berlin.nextAfter(Instant.parse("2026-11-23T06:30:00Z"))).isEqualTo("2026-11-24T06:30:00Z");
        assertThat(berlin.nextAfter(Instant.parse("2026-11-23T06:29:59Z"))).isEqualTo("2026-11-23T06:30:00Z");
    }

    @Test
    void the_local_date_is_the_zones_date_not_utcs() {
        Instant lateUtc = Instant.parse("2026-11-23T23:30:00Z");

        assertThat(at("07:00", "Asia/Tokyo").dateAt(lateUtc)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(at("07:00", "America/Los_Angeles").dateAt(lateUtc)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_time_skipped_by_spring_forward_falls_once_an_hour_later() {
        DailyTime berlin = at("02:30", "Europe/Berlin");
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        Instant due = berlin.on(springForward);
        Instant after = berlin.nextAfter(due);

        assertThat(due).isEqualTo("2026-03-29T01:30:00Z"); // 03:30 CEST: 02:30 does not exist that night
        assertThat(berlin.nextAfter(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(due);
        assertThat(after).isEqualTo("2026-03-30T00:30:00Z"); // 02:30 CEST the next day, not a second one on the 29th
        assertThat(berlin.dateAt(due)).isEqualTo(springForward);
    }

    @Test
    void a_time_repeated_by_fall_back_falls_once_on_its_first_occurrence() {
        DailyTime newYork = at("01:30", "America/New_York");
        LocalDate fallBack = LocalDate.of(2026, 11, 1);

        Instant due = newYork.on(fallBack);

        assertThat(due).isEqualTo("2026-11-01T05:30:00Z"); // 01:30 EDT, the first of the two
        assertThat(newYork.nextAfter(due)).isEqualTo("2026-11-02T06:30:00Z"); // skips 01:30 EST on the same date
    }

    @Test
    void the_day_after_a_change_keeps_the_local_time() {
        DailyTime berlin = at("07:00", "Europe/Berlin");

        assertThat(berlin.on(LocalDate.of(2026, 3, 28))).isEqualTo("2026-03-28T06:00:00Z");
        assertThat(berlin.on(LocalDate.of(2026, 3, 30))).isEqualTo("2026-03-30T05:00:00Z");
        assertThat(berlin.on(LocalDate.of(2026, 10, 26))).isEqualTo("2026-10-26T06:00:00Z");
    }

    private static DailyTime at(String time, String zone) {
        return new DailyTime(LocalTime.parse(time), ZoneId.of(zone));
    }
}
