package io.newsbot.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The bench's clock for quiz questions: set to each question's date before it is asked, so "this week" means the
 * week the quiz was written, not the day the bench runs.
 */
final class QuestionDateClock extends Clock {
    private volatile Instant now = Instant.now();

    /** Noon UTC of the question's date. */
    void setDate(LocalDate date) {
        now = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
