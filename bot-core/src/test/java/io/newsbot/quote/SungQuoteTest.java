package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** A quote that is sung is still the singer's statement, as PolNeAR's annotators mark it ("Blige sings to Clinton"). */
class SungQuoteTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    @Test
    void a_quote_followed_by_sings_is_the_singers() {
        String body = "\u201cPromise mama you\u2019ll keep your hands in sight,\u201d Blige sings to Clinton before asking her a question.";

        assertThat(extractor.extract(body)).anySatisfy(a -> {
            assertThat(a.speaker()).isEqualTo("Blige");
            assertThat(a.content()).contains("Promise mama");
        });
    }
}
