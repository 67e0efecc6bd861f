package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
    @Test
    void a_term_the_stored_articles_use_often_weighs_less_than_a_rare_one() {
        // given 100 stored articles, "said" in 90 of them and "ketol" in 1
        DocumentFrequencies stored = new DocumentFrequencies(100, Map.of("said", 90, "ketol", 1));

        assertThat(stored.idf("said")).isLessThan(stored.idf("ketol") / 3);
    }

    @Test
    void counts_the_article_weighed_as_one_more_document_using_the_term() {
        DocumentFrequencies stored = new DocumentFrequencies(10, Map.of("quak", 3));

        assertThat(stored.idf("quak")).isEqualTo(Math.log(12 / 4.5));
        assertThat(stored.idf("unseen")).isEqualTo(Math.log(12 / 1.5));
    }

    @Test
    void a_negative_number_of_documents_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new DocumentFrequencies(-1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documents");
    }
}
