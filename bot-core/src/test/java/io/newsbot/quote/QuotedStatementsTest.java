package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void a_speaker_described_at_length_after_the_verb_is_found() {
        String body = "\"You would have thought the campaign would have spent more,\" said a Democratic strategist who spoke on the "
                + "condition of anonymity to speak candidly about the state of the race.";

        assertThat(extract(body)).filteredOn(Attribution::direct).singleElement()
                .extracting(Attribution::speaker).isEqualTo("a Democratic strategist");
    }

    @Test
    void an_attribution_that_introduces_the_next_quote_also_names_the_speaker_of_the_one_before() {
        String body = "\"If she gets to pick her judges, nothing you can do folks,\" Trump said before adding: "
                + "\"Though the Second Amendment people, maybe there is, I do not know.\"";

        assertThat(extract(body)).filteredOn(Attribution::direct)
                .extracting(Attribution::speaker, a -> a.content().substring(0, 10))
                .containsExactly(tuple("Trump", "If she get"), tuple("Trump", "Though the"));
    }

    @Test
    void a_sentence_ending_in_a_colon_hands_the_quote_to_its_subject() {
        String body = "Kasich resisted: \"Ohio governors do not have the power to arbitrarily suspend federal and state constitutional rights.\"";

        assertThat(extract(body)).filteredOn(Attribution::direct).singleElement()
                .extracting(Attribution::speaker).isEqualTo("Kasich");
    }

    @Test
    void he_is_the_person_who_opened_the_sentence_before_rather_than_an_earlier_speaker() {
        String body = "\"We have a plan for the state and we will win it,\" said John Kasich.\n\n"
                + "Ted Cruz campaigned in Indiana. Cruz on Friday played down the idea that he had struck a deal. "
                + "\"There never was a grand alliance,\" he said.";

        assertThat(extract(body)).filteredOn(Attribution::direct).extracting(Attribution::speaker)
                .containsExactly("John Kasich", "Ted Cruz");
    }
}
