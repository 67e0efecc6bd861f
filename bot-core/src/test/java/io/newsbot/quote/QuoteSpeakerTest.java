package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsbot.index.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Who said a quote when the quote's own sentence does not name them. */
class QuoteSpeakerTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    @Test
    void a_quote_inside_someones_statement_is_theirs() {
        String body = "\"On climate change, it's on the bottom of the list,\" said David Axelrod, Obama's chief strategist.\n\n"
                + "Obama \"felt a moral obligation to do something about\" climate change, Axelrod said.";

        assertThat(extractor.extract(body)).filteredOn(a -> a.content().equals("felt a moral obligation to do something about"))
                .singleElement().satisfies(a -> {
                    assertThat(a.direct()).isTrue();
                    assertThat(a.speaker()).isEqualTo("David Axelrod");
                });
    }

    @Test
    void she_is_not_a_name_that_opens_a_sentence_inside_the_quote() {
        String body = "\"Now it's time to look forward,\" Liz Cheney said in a statement.\n\n"
                + "\"No state has been hurt more than Wyoming. Hillary Clinton represents a continuation of the same failed policies,\" she said.";

        assertThat(extractor.extract(body)).filteredOn(a -> a.content().startsWith("No state"))
                .singleElement().satisfies(a -> assertThat(a.speaker()).isEqualTo("Liz Cheney"));
    }

    @Test
    void he_in_reported_speech_is_the_speaker_of_the_quote_before_it_in_the_paragraph() {
        String body = "Sen. John McCain said he would hold a hearing.\n\n"
                + "\"The administration is constrained by law,\" White House press secretary Josh Earnest said Tuesday. Cost estimates, he added, were "
                + "based on a prototype detention facility in Kansas.";

        assertThat(extractor.extract(body)).filteredOn(a -> a.content().startsWith("Cost estimates"))
                .singleElement().satisfies(a -> assertThat(a.speaker()).isEqualTo("Josh Earnest"));
    }

    @Test
    void a_quote_after_said_adding_is_a_statement_of_its_own_by_the_same_speaker() {
        String body = "\"But gosh almighty, they are both qualified,\" Joe Biden said, adding, \"Hillary is overwhelmingly qualified to be president.\"";

        assertThat(extractor.extract(body)).filteredOn(Attribution::direct)
                .extracting(Attribution::content, Attribution::speaker)
                .containsExactly(tuple("But gosh almighty, they are both qualified,", "Joe Biden"),
                        tuple("Hillary is overwhelmingly qualified to be president.", "Joe Biden"));
    }

    @Test
    void a_quote_right_after_an_attribution_in_the_same_paragraph_goes_on_with_that_speaker() {
        String body = "Sen. Dianne Feinstein chairs the panel.\n\n"
                + "Asked Tuesday about Sullivan, Feinstein said \"I don't know anything about Jake Sullivan and the emails,\" she said. "
                + "\"I've never heard it before. I have seen the emails but I do not register on them.\"";

        assertThat(extractor.extract(body)).filteredOn(a -> a.content().startsWith("I've never heard it"))
                .singleElement().satisfies(a -> assertThat(a.speaker()).isEqualTo("Dianne Feinstein"));
    }

    @Test
    void a_quote_after_another_sentence_of_the_writer_is_not_given_the_speaker_before_it() {
        String body = "Sen. Dianne Feinstein chairs the panel.\n\n"
                + "Asked Tuesday about Sullivan, Feinstein said \"I don't know anything about Jake Sullivan and the emails,\" she said. "
                + "The panel met again on Wednesday. \"I've never heard it before. I have seen the emails but I do not register on them.\"";

        assertThat(extractor.extract(body)).filteredOn(a -> a.content().startsWith("I've never heard it"))
                .singleElement().satisfies(a -> assertThat(a.speaker()).isEmpty());
    }
}
