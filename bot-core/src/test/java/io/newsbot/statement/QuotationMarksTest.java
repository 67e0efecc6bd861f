package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {
    @Test
    void a_closing_mark_whose_quote_began_earlier_gets_its_opening_mark() {
        assertThat(QuotationMarks.balance("We have to talk about Ukraine.\"")).isEqualTo("\"We have to talk about Ukraine.\"");
        assertThat(QuotationMarks.balance("talk about Ukraine,\" he said.")).isEqualTo("\"talk about Ukraine,\" he said.");
    }

    @Test
    void an_opening_mark_whose_quote_ends_later_gets_its_closing_mark() {
        assertThat(QuotationMarks.balance("He said: \"We have to talk")).isEqualTo("He said: \"We have to talk\"");
    }

    @Test
    void balanced_text_is_left_as_it_is() {
        String text = "\"We are ready,\" Lavrov said, calling it \"a step.\"";
        assertThat(QuotationMarks.balance(text)).isEqualTo(text);
        assertThat(QuotationMarks.balance("No quotes here.")).isEqualTo("No quotes here.");
    }

    @Test
    void a_stray_mark_with_nothing_to_close_is_dropped() {
        assertThat(QuotationMarks.balance("\"Yes,\" he said. No.\" Then")).isEqualTo("\"Yes,\" he said. No. Then");
    }
}
