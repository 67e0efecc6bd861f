package io.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankMetricsTest {
    @Test
    void ranks_articles_without_repeats() {
        assertThat(RankMetrics.rank(List.of("a", "a", "b", "a", "c"), "c")).isEqualTo(3);
        assertThat(RankMetrics.rank(List.of("a", "b"), "z")).isZero();
    }

    @Test
    void scores_hits_and_reciprocal_rank_over_questions() {
        RankMetrics m = new RankMetrics();
        m.add(List.of("x", "x", "y"), "x");          // rank 1
        m.add(List.of("a", "a", "b", "c", "x"), "x"); // rank 4
        m.add(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "x"), "x"); // rank 11: no hit, no MRR@10
        m.add(List.of(), "x");

        assertThat(m.queries()).isEqualTo(4);
        assertThat(m.hits1()).isEqualTo(25.0);
        assertThat(m.hits5()).isEqualTo(50.0);
        assertThat(m.mrr10()).isCloseTo((1 + 0.25) / 4, within(1e-9));
    }
}
