package io.newsbot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Progress on slow answers, with the time driven by the test. */
class SlowAnswersTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final ManualScheduler timer = ManualScheduler.onCallingThread(clock);
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final ProgressIndicator indicator = new ProgressIndicator() {
        @Override
        public void working() {
            shown.add("working at " + clock.instant());
        }

        @Override
        public void done() {
            shown.add("done");
        }
    };
    private final SlowAnswers slow = new SlowAnswers(timer, Runnable::run, SlowAnswers.Options.DEFAULT);

    @Test
    void a_quick_answer_shows_nothing() {
        String answer = slow.answer(indicator, () -> {
            advance(Duration.ofMillis(900));
            return "quick";
        });

        assertThat(answer).isEqualTo("quick");
        assertThat(shown).isEmpty();
    }

    @Test
    void a_slow_answer_shows_progress_after_a_second_renewed_every_four_seconds_until_it_is_ready() {
        String answer = slow.answer(indicator, () -> {
            advance(Duration.ofMillis(9500));
            return "slow";
        });

        assertThat(answer).isEqualTo("slow");
        assertThat(shown).containsExactly("working at 2026-11-23T12:00:01Z", "working at 2026-11-23T12:00:05Z", "working at 2026-11-23T12:00:09Z",
                "done");
        advance(Duration.ofSeconds(10));
        assertThat(shown).as("nothing shown once the answer is ready").hasSize(4);
    }

    @Test
    void a_failing_answer_still_takes_the_progress_away_and_its_failure_reaches_the_caller() {
        assertThatThrownBy(() -> slow.answer(indicator, () -> {
            advance(Duration.ofSeconds(2));
            throw new IllegalStateException("the model went away");
        })).hasMessage("the model went away");

        assertThat(shown).containsExactly("working at 2026-11-23T12:00:01Z", "done");
    }

    @Test
    void a_platform_refusing_the_indicator_does_not_stop_the_answer() {
        ProgressIndicator refusing = new ProgressIndicator() {
            @Override
            public void working() {
                throw new IllegalStateException("missing_scope");
            }

            @Override
            public void done() {
                throw new IllegalStateException("missing_scope");
            }
        };

        String answer = slow.answer(refusing, () -> {
            advance(Duration.ofSeconds(2));
            return "answered";
        });

        assertThat(answer).isEqualTo("answered");
    }

    /** Moves the clock in one-millisecond-aligned steps of the timer, running what falls due, as time passing would. */
    private void advance(Duration by) {
        Instant until = clock.instant().plus(by);
        while (timer.nextDue().isPresent() && !timer.nextDue().get().isAfter(until)) {
            Instant due = timer.nextDue().get();
            if (due.isAfter(clock.instant())) clock.advance(Duration.between(clock.instant(), due));
            timer.runDue();
        }
        if (until.isAfter(clock.instant())) clock.advance(Duration.between(clock.instant(), until));
    }
}
