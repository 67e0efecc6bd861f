package io.newsbot.story.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.story.BackgroundFrequencies;
import io.newsbot.story.Profiler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordPieceFrequenciesTest {

    private static InputStream tokenizer(String vocab) {
        return new ByteArrayInputStream(("{\"model\": {\"type\": \"WordPiece\", \"vocab\": {" + vocab + "}}}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_word_ranked_higher_in_the_vocabulary_is_expected_in_more_articles() {
        // given a vocabulary opening with reserved pieces, then words from the most frequent down
        WordPieceFrequencies f = WordPieceFrequencies.read(tokenizer(
                "\"[PAD]\": 0, \"[unused0]\": 1, \"a\": 2, \"the\": 3, \"said\": 4, \"##s\": 5, \"police\": 6, \"earthquake\": 7, \"ketol\": 8"),
                Profiler::termsOf);

        // then the rates fall with the rank, by stem, and a word outside the vocabulary is rarer than the last
        assertThat(f.rate("said")).isGreaterThan(f.rate("polic")).isLessThan(1);
        assertThat(f.rate("polic")).isGreaterThan(f.rate("earthquak"));
        assertThat(f.rate("earthquak")).isGreaterThan(f.rate("ketol"));
        assertThat(f.rate("ketol")).isGreaterThan(f.rate("bireuen")).isPositive();
        // and a name is keyed as grouping keys names
        assertThat(f.rate("@police")).isEqualTo(f.rate("polic"));
    }

    @Test
    void words_that_share_a_stem_add_up() {
        WordPieceFrequencies one = WordPieceFrequencies.read(tokenizer("\"the\": 0, \"police\": 1, \"storm\": 2, \"x\": 3"), Profiler::termsOf);
        WordPieceFrequencies two = WordPieceFrequencies.read(tokenizer("\"the\": 0, \"police\": 1, \"storm\": 2, \"storms\": 3"), Profiler::termsOf);

        assertThat(two.rate("storm")).isGreaterThan(one.rate("storm"));
    }

    @Test
    void a_file_without_an_english_vocabulary_is_refused_with_a_reason() {
        assertThatThrownBy(() -> WordPieceFrequencies.read(tokenizer("\"le\": 0, \"de\": 1"), Profiler::termsOf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no English WordPiece vocabulary");
        assertThatThrownBy(() -> WordPieceFrequencies.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), Profiler::termsOf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenizerJson");
    }

    @Test
    void the_shipped_vocabulary_tells_common_news_words_from_rare_names() {
        // given the vocabulary of the embedding model the core ships, read when first asked
        BackgroundFrequencies english = WordPieceFrequencies.onFirstUse(Profiler::termsOf);

        // then a word of every report is expected in most articles, a topic word in a few, a place name in almost none
        assertThat(english.rate("said")).isGreaterThan(0.3);
        assertThat(english.rate("polic")).isBetween(0.01, 0.3);
        assertThat(english.rate("earthquak")).isLessThan(english.rate("polic"));
        assertThat(english.rate("manokwari")).isLessThan(0.005);
    }
}
