package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted words inside the writer's own sentences: names, titles and scare quotes are nobody's statement. */
class WritersQuotedWordsTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    private List<Attribution> direct(String body) {
        return extractor.extract(body).stream().filter(Attribution::direct).toList();
    }

    @Test
    void quoted_words_apart_in_the_writers_sentence_are_not_joined_into_a_quote() {
        String body = "Chrabaszcz, who goes by \"Vito,\" was among the party's \"basement dwellers\" - a group of data engineers "
                + "who seldom interacted with political strategists.";

        assertThat(direct(body)).isEmpty();
    }

    @Test
    void a_long_quote_in_the_writers_sentence_is_still_someones_words() {
        String body = "The Clinton Foundation \"received as much as $26.4 million in previously undisclosed payments from groups.\"";

        assertThat(direct(body)).singleElement().extracting(Attribution::content)
                .isEqualTo("received as much as $26.4 million in previously undisclosed payments from groups.");
    }
}
