package io.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionDateClockTest {
    @Test
    void reads_noon_utc_of_the_question_date_until_set_to_another() {
        QuestionDateClock clock = new QuestionDateClock();

        clock.setDate(LocalDate.parse("2022-06-17"));
        Instant first = clock.instant();
        clock.setDate(LocalDate.parse("2023-01-06"));

        assertThat(first).isEqualTo(Instant.parse("2022-06-17T12:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2023-01-06T12:00:00Z"));
        assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
    }
}
