package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link QuestionLog} does, whatever it runs on. */
public abstract class QuestionLogContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private QuestionLog questions;

    /** A new, empty log. */
    protected abstract QuestionLog questions();

    @BeforeEach
    void openLog() {
        questions = questions();
    }

    @Test
    void returns_the_latencies_since_a_time_smallest_first() {
        questions.record(T0.minusSeconds(60), "slack", 5, "answer");
        questions.record(T0, "telegram", 250, "answer");
        questions.record(T0.plusSeconds(1), "console", 40, "not_covered");
        assertThat(questions.latenciesSince(T0)).containsExactly(40L, 250L);
        assertThat(questions.latenciesSince(T0.plusSeconds(10))).isEmpty();
    }
}
