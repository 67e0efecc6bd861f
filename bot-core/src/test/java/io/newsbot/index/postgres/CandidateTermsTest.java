package io.newsbot.index.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a question's terms pick the chunks the lexical half scores. */
class CandidateTermsTest {
    @Test
    void takes_every_term_while_together_they_match_few_chunks() {
        assertThat(TermStatistics.candidates(List.of("lavrov", "syria", "said"), new long[] {12, 80, 600}))
                .isEqualTo("'lavrov' | 'syria' | 'said'");
    }

    @Test
    void leaves_out_the_common_words_once_the_rare_ones_match_enough() {
        assertThat(TermStatistics.candidates(List.of("said", "lavrov", "syria"), new long[] {400_000, 12, 900}))
                .isEqualTo("'lavrov' | 'syria'");
    }

    @Test
    void keeps_the_rarest_term_however_common_when_it_is_alone() {
        assertThat(TermStatistics.candidates(List.of("trump"), new long[] {370_000})).isEqualTo("'trump'");
    }

    @Test
    void asks_for_all_terms_when_even_the_rarest_is_common() {
        assertThat(TermStatistics.candidates(List.of("new", "trump"), new long[] {250_000, 370_000})).isEqualTo("'new' & 'trump'");
    }
}
