package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Statements whose speaker follows them: "..., Cuban said." */
class TrailingAttributionTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    @Test
    void a_sentence_holding_a_few_quoted_words_before_its_speaker_is_the_statement() {
        String body = "Clinton, though, would have to \"go more to center,\" Cuban said.";

        assertThat(extractor.extract(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Cuban");
            assertThat(a.content()).startsWith("Clinton, though").endsWith("center,\"");
        });
    }

    @Test
    void a_statement_before_its_speaker_ends_there_when_the_speaker_goes_on_adding_another() {
        String body = "The former secretary of state will play the woman card, Fiorina said, adding that the way to go after it is to attack her record.";

        assertThat(extractor.extract(body)).extracting(Attribution::content)
                .containsExactly("The former secretary of state will play the woman card", "that the way to go after it is to attack her record");
    }

    @Test
    void quoted_words_around_an_aside_attribution_are_the_whole_sentence() {
        String body = "\"The administration is constrained by law,\" Josh Earnest said. Cost estimates, he added, were \"based on a prototype detention facility.\"";

        assertThat(extractor.extract(body)).filteredOn(Attribution::direct).extracting(Attribution::content)
                .containsExactly("The administration is constrained by law,", "Cost estimates, he added, were \"based on a prototype detention facility.\"");
    }
}
