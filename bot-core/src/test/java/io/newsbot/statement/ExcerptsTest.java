package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {
    @Test
    void a_sentence_cut_at_an_abbreviation_is_joined_with_the_rest() {
        String body = "The debate was held in St. Louis on Sunday. It went badly.";
        int cut = body.indexOf("Louis");
        Excerpts.Excerpt first = Excerpts.whole(body, 0, cut - 1, Excerpts.MAX_CHARS);
        Excerpts.Excerpt second = Excerpts.whole(body, cut, body.indexOf(" It"), Excerpts.MAX_CHARS);

        assertThat(first.text()).isEqualTo("The debate was held in St. Louis on Sunday.");
        assertThat(second.text()).isEqualTo("The debate was held in St. Louis on Sunday.");
    }

    @Test
    void a_sentence_cut_before_a_date_is_joined_with_the_rest() {
        String body = "Voting ends two weeks before the Nov. 8 election, officials said.";
        int cut = body.indexOf("8 election");
        assertThat(Excerpts.whole(body, 0, cut - 1, Excerpts.MAX_CHARS).text()).isEqualTo(body);
    }

    @Test
    void never_starts_mid_sentence() {
        String body = "Officials met on Monday, and they agreed on a plan. Nothing else happened.";
        int mid = body.indexOf("they");
        assertThat(Excerpts.whole(body, mid, body.indexOf(" Nothing"), Excerpts.MAX_CHARS).text())
                .isEqualTo("Officials met on Monday, and they agreed on a plan.");
    }

    @Test
    void a_quote_across_its_attribution_and_a_paragraph_break_stays_whole() {
        String body = "\"We are ready,\" Lavrov said. \"We will talk.\n\nBut not today.\" Others disagreed.";
        var sentences = new io.newsbot.index.SentenceSplitter().split(body);
        Excerpts.Excerpt e = Excerpts.around(body, sentences, 1, body.indexOf("today.") + 6, Excerpts.MAX_CHARS);
        assertThat(e.text()).isEqualTo("\"We are ready,\" Lavrov said. \"We will talk. But not today.\"");
    }

    @Test
    void a_long_run_on_sentence_is_clipped_at_a_word_boundary() {
        String body = "word ".repeat(2000).strip() + ".";
        String text = Excerpts.whole(body, 0, body.length(), Excerpts.MAX_CHARS).text();
        assertThat(text).hasSizeLessThanOrEqualTo(Excerpts.MAX_CHARS).endsWith("word\u2026");
    }

    @Test
    void a_clipped_quote_keeps_its_marks_balanced() {
        String body = "\"" + "very ".repeat(300) + "long.\" he said.";
        String text = Excerpts.whole(body, 0, body.length(), 100).text();
        assertThat(text).startsWith("\"very").endsWith("\u2026\"");
    }
}
