package io.newsbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which story of a digest a question points at by its place. */
class StoryOrdinalsTest {
    @ParameterizedTest
    @CsvSource({"more on the second one,2", "tell me about the 3rd story,3", "The first one?,1", "what about the top story,1",
            "and the last one,-1", "second,2", "more on the fifth item please,5", "the third?,3"})
    void a_story_named_by_its_place_is_found(String question, int place) {
        assertThat(StoryOrdinals.in(question)).isEqualTo(OptionalInt.of(place));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about the second round of talks?", "Who came first in the race?", "What did Lavrov say last week?",
            "more"})
    void an_ordinal_in_an_ordinary_question_is_not_a_story(String question) {
        assertThat(StoryOrdinals.in(question)).isEmpty();
    }
}
