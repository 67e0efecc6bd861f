package io.newsbot.bench;

import io.newsbot.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bench's clock for quiz questions: set to each question's date before it is asked, so "this week" means the
 * week the quiz was written, not the day the bench runs.
 */
final class QuestionDateClock extends MutableClock {
    QuestionDateClock() {
        super(Instant.now());
    }

    /** Noon UTC of the question's date. */
    void setDate(LocalDate date) {
        set(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
