package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import org.junit.jupiter.api.Test;

class NestedStatementsTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    @Test
    void a_statement_reported_inside_another_is_left_to_the_outer_one() {
        String body = "Sidney Blumenthal said that he has no idea if he would have told Hillary Clinton not to use a personal server.";

        assertThat(extractor.extract(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Sidney Blumenthal");
            assertThat(a.content()).startsWith("that he has no idea");
        });
    }

    @Test
    void a_direct_quote_inside_a_reported_statement_is_kept() {
        String body = "Trump said on Monday that the deal was \"a total disaster for the workers of this country,\" and left.";

        assertThat(extractor.extract(body)).anySatisfy(a -> assertThat(a.direct()).isTrue());
    }
}
