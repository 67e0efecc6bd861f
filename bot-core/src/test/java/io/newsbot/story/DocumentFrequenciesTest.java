package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
    /** English at large: "said" in most articles, "polic" in some, anything else in almost none. */
    private static final BackgroundFrequencies ENGLISH = term -> switch (term) {
        case "said" -> 0.6;
        case "polic" -> 0.08;
        default -> 0.001;
    };

    @Test
    void with_few_articles_stored_a_common_word_not_yet_seen_weighs_less_than_a_name() {
        // given an empty store, and the background counted as 30 articles
        DocumentFrequencies stored = new DocumentFrequencies(0, Map.of());
        DocumentFrequencies blended = stored.withBackground(ENGLISH, 30);

        // then alone, the store weighs every unseen word alike; blended, "said" weighs far less than the place name
        assertThat(stored.idf("said")).isEqualTo(stored.idf("ketol"));
        assertThat(blended.idf("said")).isLessThan(blended.idf("polic"));
        assertThat(blended.idf("said")).isLessThan(blended.idf("ketol") / 3);
    }

    @Test
    void once_many_articles_are_stored_their_counts_decide() {
        // given 100,000 stored articles, "said" in 1% of them: rarer there than in English at large
        DocumentFrequencies stored = new DocumentFrequencies(100_000, Map.of("said", 1_000));
        DocumentFrequencies blended = stored.withBackground(ENGLISH, 30);

        assertThat(blended.idf("said")).isCloseTo(stored.idf("said"), within(0.02));
        assertThat(blended.idf("ketol")).isCloseTo(stored.idf("ketol"), within(0.05));
    }

    @Test
    void no_background_weighs_as_before() {
        DocumentFrequencies stored = new DocumentFrequencies(10, Map.of("quak", 3));

        assertThat(stored.withBackground(ENGLISH, 0).idf("quak")).isEqualTo(stored.idf("quak")).isEqualTo(Math.log(12 / 4.5));
    }

    @Test
    void a_negative_background_count_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new DocumentFrequencies(0, Map.of()).withBackground(ENGLISH, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backgroundDocuments");
    }
}
