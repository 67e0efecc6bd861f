package io.newsbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void a_short_text_is_echoed_as_it_is() {
        assertThat(Echo.excerpt("  the Syria talks ")).isEqualTo("the Syria talks");
    }

    @Test
    void a_long_text_is_cut_between_words_to_a_short_excerpt() {
        String question = "what about " + "the very long and winding question that goes on ".repeat(40);

        String excerpt = Echo.excerpt(question);

        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(Echo.MAX_CHARS);
        assertThat(excerpt).startsWith("what about the very long").endsWith("…").doesNotContain(" …");
    }

    @Test
    void an_emoji_at_the_cut_is_never_split_into_half_a_character() {
        String excerpt = Echo.excerpt("🙂".repeat(100));

        assertThat(excerpt).isEqualTo("🙂".repeat(Echo.MAX_CHARS - 1) + "…");
    }
}
