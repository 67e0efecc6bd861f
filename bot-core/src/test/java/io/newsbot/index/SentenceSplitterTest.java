package io.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.Chunk.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String body) {
        List<Sentence> sentences = splitter.split(body);
        for (Sentence s : sentences) assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void splits_at_full_stops_question_and_exclamation_marks() {
        assertThat(texts("The talks stalled. Will they resume? Nobody knows!"))
                .containsExactly("The talks stalled.", "Will they resume?", "Nobody knows!");
    }

    @Test
    void does_not_cut_at_titles_before_names() {
        assertThat(texts("The debate in St. Louis was tense. Sen. Ted Cruz and Gov. John Kasich spoke with Mr. Trump."))
                .containsExactly("The debate in St. Louis was tense.", "Sen. Ted Cruz and Gov. John Kasich spoke with Mr. Trump.");
    }

    @Test
    void does_not_cut_at_a_month_before_a_date() {
        assertThat(texts("It came two weeks before the Nov. 8 election. Voters noticed."))
                .containsExactly("It came two weeks before the Nov. 8 election.", "Voters noticed.");
    }

    @Test
    void keeps_initials_inside_names() {
        assertThat(texts("Rex W. Tillerson met J.D. Vance in Washington, D.C. on Monday. They talked."))
                .containsExactly("Rex W. Tillerson met J.D. Vance in Washington, D.C. on Monday.", "They talked.");
    }

    @Test
    void an_abbreviation_that_ends_a_sentence_ends_it_before_a_usual_opener() {
        assertThat(texts("He moved to the U.S. The move paid off. U.S. officials agreed."))
                .containsExactly("He moved to the U.S.", "The move paid off.", "U.S. officials agreed.");
    }

    @Test
    void a_quote_ending_with_a_question_mark_stays_with_its_attribution() {
        assertThat(texts("\"Why now?\" she asked. \"Because we can.\" He smiled."))
                .containsExactly("\"Why now?\" she asked.", "\"Because we can.\"", "He smiled.");
    }

    @Test
    void splits_at_paragraph_breaks_and_before_bullets_but_not_at_a_wrapped_line() {
        assertThat(texts("Headline without a stop\n\nThe plan has\nthree parts:\n- lower taxes\n- fewer rules"))
                .containsExactly("Headline without a stop", "The plan has\nthree parts:", "- lower taxes", "- fewer rules");
    }

    @Test
    void cuts_a_run_on_sentence_at_a_clause_break_within_the_limit() {
        String runOn = "word, ".repeat(2000);

        List<String> sentences = texts(runOn);

        assertThat(sentences).hasSizeGreaterThan(5).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS));
        assertThat(String.join(" ", sentences).replace(" ", "")).isEqualTo(runOn.replace(" ", ""));
    }

    @Test
    void keeps_decimal_numbers_and_web_addresses_whole() {
        assertThat(texts("Growth was 2.5 percent, says example.com. Markets rose."))
                .containsExactly("Growth was 2.5 percent, says example.com.", "Markets rose.");
    }
}
