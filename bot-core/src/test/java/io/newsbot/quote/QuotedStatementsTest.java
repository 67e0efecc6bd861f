package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported statements made mostly of the speaker's own words, and quotes whose speaker stands in another sentence. */
class QuotedStatementsTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    private List<Attribution> extract(String body) {
        List<Attribution> found = extractor.extract(body);
        for (Attribution a : found) assertThat(body.substring(a.contentStart(), a.contentEnd())).isEqualTo(a.content());
        return found;
    }

    @Test
    void a_reported_statement_made_mostly_of_quoted_words_is_a_direct_quote() {
        String body = "Melania Trump tells Trump supporters that \"he loves you.\" She says they are going ahead to the next contest.";

        List<Attribution> found = extract(body);

        assertThat(found).filteredOn(Attribution::direct).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Melania Trump");
            assertThat(a.content()).isEqualTo("that \"he loves you.\"");
        });
    }

    @Test
    void a_reported_statement_with_a_few_quoted_words_stays_reported() {
        String body = "Hillary Clinton said the plan would be a \"disaster\" for the working families of every state in the country.";

        assertThat(extract(body)).singleElement().satisfies(a -> {
            assertThat(a.direct()).isFalse();
            assertThat(a.speaker()).isEqualTo("Hillary Clinton");
        });
    }
}
