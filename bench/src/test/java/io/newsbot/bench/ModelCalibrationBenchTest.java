package io.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.answer.Coverage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCalibrationBenchTest {
    @Test
    void tunes_only_the_cosine_keeping_the_lexical_threshold() {
        // given answerable questions that only the cosine can tell apart (no word matches), with cosines 0.80 to 0.99
        List<Calibration.Signals> answerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) answerable.add(new Calibration.Signals(0.1, 0.80 + i * 0.002, true));
        // and null questions with cosines 0.50 to 0.79
        List<Calibration.Signals> unanswerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) unanswerable.add(new Calibration.Signals(0.1, 0.50 + i * 0.003, true));

        // when
        Coverage tuned = ModelCalibrationBench.tuneCosine(0.5, answerable, unanswerable);

        // then the cosine sits between the two sets and the lexical threshold is the one given
        assertThat(tuned.minLexical()).isEqualTo(0.5);
        assertThat(tuned.minCosine()).isEqualTo(0.80);
        Calibration.Outcome o = Calibration.apply(tuned, answerable, unanswerable);
        assertThat(o.answerableRefused()).isZero();
        assertThat(o.unanswerableRefused()).isEqualTo(100.0);
    }

    @Test
    void refuses_fewer_than_five_in_a_hundred_answerable_questions_when_the_sets_overlap() {
        // given cosines that overlap: answerable 0.60 to 0.99, null 0.50 to 0.89
        List<Calibration.Signals> answerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) answerable.add(new Calibration.Signals(0.0, 0.60 + i * 0.004, true));
        List<Calibration.Signals> unanswerable = new ArrayList<>();
        for (int i = 0; i < 100; i++) unanswerable.add(new Calibration.Signals(0.0, 0.50 + i * 0.004, true));

        // when
        Coverage tuned = ModelCalibrationBench.tuneCosine(0.5, answerable, unanswerable);

        // then the budget holds and no higher cosine would keep it
        assertThat(Calibration.apply(tuned, answerable, unanswerable).answerableRefused()).isLessThan(5.0);
        assertThat(Calibration.apply(new Coverage(0.5, tuned.minCosine() + 0.01), answerable, unanswerable).answerableRefused())
                .isGreaterThanOrEqualTo(5.0);
    }
}
