package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void drops_a_title_repeated_at_the_top_and_trailing_latest_news() {
        String raw = "Focus at Four: What we know\n\nFocus at Four: What we know\n\nFocus at Four: What we know\n\n"
                + "First paragraph here.\n\n\"Quoted,\" the official said.\n\nLatest News";
        TextCleaner.Cleaned c = cleaner.clean("", raw);
        assertThat(c.title()).isEqualTo("Focus at Four: What we know");
        assertThat(c.body()).isEqualTo("First paragraph here.\n\n\"Quoted,\" the official said.");
    }

    @Test
    void normalises_odd_whitespace_and_unicode_punctuation() {
        TextCleaner.Cleaned c = cleaner.clean("Title", "He said\u00A0\u201Chello\u201D\u200B and\tit\u2019s   fine\u2026\r\n\r\n\r\nNext.");
        assertThat(c.body()).isEqualTo("He said \"hello\" and it's fine...\n\nNext.");
    }

    @Test
    void strips_latest_news_glued_to_the_last_sentence() {
        TextCleaner.Cleaned c = cleaner.clean("T", "One sentence here.Latest News");
        assertThat(c.body()).isEqualTo("One sentence here.");
    }
}
