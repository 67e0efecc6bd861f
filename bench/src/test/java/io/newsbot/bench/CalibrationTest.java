package io.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.answer.Coverage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static Calibration.Signals s(double lexical, double cosine) {
        return new Calibration.Signals(lexical, cosine, true);
    }

    @Test
    void refuses_when_neither_signal_reaches_its_threshold_or_nothing_matched() {
        Coverage c = new Coverage(0.5, 0.6);

        assertThat(Calibration.refused(c, s(0.4, 0.5))).isTrue();
        assertThat(Calibration.refused(c, s(0.5, 0.0))).isFalse();
        assertThat(Calibration.refused(c, s(0.0, 0.6))).isFalse();
        assertThat(Calibration.refused(c, new Calibration.Signals(0.9, 0.9, false))).isTrue();
    }

    @Test
    void tunes_the_thresholds_that_refuse_most_unanswerable_within_the_false_refusal_budget() {
        List<Calibration.Signals> answerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) answerable.add(s(0.50 + i * 0.005, 0.1));
        List<Calibration.Signals> unanswerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) unanswerable.add(s(i * 0.006, 0.1));

        Coverage tuned = Calibration.tune(answerable, unanswerable, 5.0, true, false);
        Calibration.Outcome o = Calibration.apply(tuned, answerable, unanswerable);

        assertThat(o.answerableRefused()).isLessThan(5.0);
        assertThat(o.unanswerableRefused()).isGreaterThan(85.0);
        assertThat(tuned.minLexical()).isBetween(0.50, 0.53);
    }

    @Test
    void halves_are_alternate_items() {
        assertThat(Calibration.half(List.of(1, 2, 3, 4, 5), 0)).containsExactly(1, 3, 5);
        assertThat(Calibration.half(List.of(1, 2, 3, 4, 5), 1)).containsExactly(2, 4);
    }
}
