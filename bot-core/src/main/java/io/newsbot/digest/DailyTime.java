package io.newsbot.digest;

import io.newsbot.store.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A time of day in a time zone, and the instants it falls on. Daylight-saving changes are resolved the way
 * {@link ZonedDateTime#of} does: a time skipped by a spring-forward gap falls the length of the gap later
 * (02:30 becomes 03:30), a time repeated by a fall-back overlap falls on its first occurrence. Either way
 * it falls exactly once on every date.
 */
public record DailyTime(LocalTime time, ZoneId zone) {
    public DailyTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    public static DailyTime of(Subscription s) {
        return new DailyTime(s.time(), s.zone());
    }

    /** The instant it falls on the given local date. */
    public Instant on(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The local date in this zone at the given instant. */
    public LocalDate dateAt(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant it falls on strictly after the given one. */
    public Instant nextAfter(Instant after) {
        LocalDate date = dateAt(after);
        Instant today = on(date);
        return today.isAfter(after) ? today : on(date.plusDays(1));
    }
}
