package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct quotes whose attribution is written in less common ways: a manner of saying, a colon, an abbreviation in the role. */
class QuoteCuesTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    private List<Attribution> direct(String body) {
        return extractor.extract(body).stream().filter(Attribution::direct).toList();
    }

    @Test
    void a_quote_closed_by_a_manner_of_saying_is_one_statement_with_the_quote_after_it() {
        String body = "\"I think they would have gone to the only bill that has bipartisan support,\" Toomey fumed on Tuesday. "
                + "\"That would have been a demonstration of good faith.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Toomey");
            assertThat(a.cue()).isEqualTo("fumed");
            assertThat(a.content()).startsWith("I think").endsWith("good faith.");
        });
    }

    @Test
    void a_quote_read_by_a_thing_names_the_thing() {
        String body = "\"Our political revolution has already forced a senator to change her mind,\" read the email.";

        assertThat(direct(body)).singleElement().extracting(Attribution::speaker).isEqualTo("the email");
    }

    @Test
    void a_quote_opening_the_paragraph_after_a_colon_is_said_by_who_introduced_it() {
        String body = "Dr. Kelli Ward stated:\n\n\"The Department of Justice is not about equal justice anymore. It is about politics.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Kelli Ward");
            assertThat(a.cue()).isEqualTo("stated");
        });
    }

    @Test
    void a_title_in_the_speakers_role_does_not_end_the_statement() {
        String body = "\"What the Americans did is try to deceive us,\" said Yaakov Amidror, another former adviser to Mr. Netanyahu. "
                + "\"They didn't tell us about Oman.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Yaakov Amidror");
            assertThat(a.content()).startsWith("What the Americans").endsWith("about Oman.");
        });
    }

    @Test
    void a_quote_introduced_by_the_subjects_second_verb_is_the_subjects() {
        String body = "Trump emphasized the significance of meeting with Putin before leaving for the trip and told Fox News: "
                + "\"Putin is very important. We have to talk about Ukraine.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Trump");
            assertThat(a.cue()).isEqualTo("told");
        });
    }

    @Test
    void a_report_that_only_carries_a_named_speakers_statement_leaves_it_to_that_speaker() {
        String body = "Radio Liberty reported that Russian Foreign Minister Sergei Lavrov said that any agreement would be undermined by infighting.";

        assertThat(extractor.extract(body)).singleElement().extracting(Attribution::speaker).isEqualTo("Sergei Lavrov");
    }
}
