package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quoted words make one statement: quotes apart in the writer's sentence, and quotes on either side of an attribution. */
class QuoteBoundsTest {
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

    @Test
    void a_quote_after_an_attribution_whose_sentence_ends_goes_on_with_the_first() {
        String body = "\"That's the $64,000 question,\" Clark said, noting he would support any of the other candidates if they "
                + "secured the nomination. \"We've developed a pretty deep bench here.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Clark");
            assertThat(a.content()).startsWith("That's the $64,000 question,").endsWith("a pretty deep bench here.");
        });
    }

    @Test
    void a_quote_introduced_by_a_second_verb_of_saying_stays_apart() {
        String body = "\"I'm just not ready to do that at this point,\" Ryan said last week on CNN, though he said, \"I hope to get there soon.\"";

        assertThat(direct(body)).hasSize(2);
    }

    @Test
    void a_clause_of_the_writers_after_a_quote_is_not_its_attribution() {
        String body = "\"In breaking news,\" Axelrod tweeted last January, \"Hillary wins full-throated endorsement from her press "
                + "secretary,\" after Clinton spokesman Brian Fallon expressed his view.";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Axelrod");
            assertThat(a.content()).startsWith("In breaking news,").endsWith("from her press secretary,");
        });
    }

    @Test
    void a_quote_after_a_sentence_of_quoted_words_and_its_attribution_goes_on_with_it() {
        String body = "Teachers are \"looking to see who is on the Republican side of the ticket,\" NEA President Lily Eskelsen Garcia said. "
                + "\"That's got to scare an educator.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Lily Eskelsen Garcia");
            assertThat(a.content()).startsWith("Teachers are").endsWith("scare an educator.\"");
        });
    }

    @Test
    void a_speaker_described_at_length_before_the_verb_is_found() {
        String body = "\"This position has always been one that you get only by virtue of your marriage,\" Melanne Verveer, who served as "
                + "Hillary Clinton's chief of staff during the Clinton administration, told CBS News.";

        assertThat(direct(body)).singleElement().extracting(Attribution::speaker).isEqualTo("Melanne Verveer");
    }

    @Test
    void a_statement_told_to_someone_opens_at_that_past_the_addressee() {
        String body = "Donald Trump is telling supporters after his victory in the South Carolina Republican primary that \"when you win, "
                + "it's beautiful.\"";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Donald Trump");
            assertThat(a.content()).isEqualTo("that \"when you win, it's beautiful.\"");
        });
    }

    @Test
    void a_reported_clause_ends_at_a_participle_after_a_comma_inside_the_quote() {
        String body = "Speaking earlier Tuesday in Florida, Trump insisted that he has \"expanded the Republican party,\" claiming that he is "
                + "responsible for higher voter turnout in the primary states.";

        assertThat(direct(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Trump");
            assertThat(a.content()).isEqualTo("that he has \"expanded the Republican party,\"");
        });
    }
}
