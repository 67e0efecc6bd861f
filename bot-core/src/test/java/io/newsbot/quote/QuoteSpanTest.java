package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpanTest {
    @Test
    void pairs_opening_and_closing_marks() {
        String p = "He said \"yes, we can\" and \"no, we won't\" today.";

        List<QuoteSpan> spans = QuoteSpan.in(p, 0, p.length());

        assertThat(spans).extracting(s -> s.content(p)).containsExactly("yes, we can", "no, we won't");
        assertThat(spans).allMatch(QuoteSpan::closed);
    }

    @Test
    void a_quote_left_open_runs_to_the_end_of_the_paragraph() {
        String p = "\"We will win this state and then the next one.  ";

        List<QuoteSpan> spans = QuoteSpan.in(p, 0, p.length());

        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.closed()).isFalse();
            assertThat(s.content(p)).isEqualTo("We will win this state and then the next one.");
        });
    }

    @Test
    void a_new_quote_after_a_finished_sentence_ends_an_unclosed_one() {
        String p = "\"The market will hate this deal and they will not reward us. \"We have to convince them.\"";

        List<QuoteSpan> spans = QuoteSpan.in(p, 0, p.length());

        assertThat(spans).extracting(s -> s.content(p))
                .containsExactly("The market will hate this deal and they will not reward us.", "We have to convince them.");
    }
}
