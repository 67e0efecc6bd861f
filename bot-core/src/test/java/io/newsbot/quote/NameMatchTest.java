package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchTest {
    private static final Speaker LAVROV = new Speaker("Sergei Lavrov", "Russian Foreign Minister", Speaker.Kind.PERSON);
    private static final Speaker WHITE_HOUSE = new Speaker("White House", "", Speaker.Kind.ORGANISATION);

    @Test
    void a_last_name_whole_name_or_any_case_refers_to_the_person() {
        assertThat(NameMatch.refersTo("Lavrov", LAVROV)).isTrue();
        assertThat(NameMatch.refersTo("lavrov", LAVROV)).isTrue();
        assertThat(NameMatch.refersTo("Sergei Lavrov", LAVROV)).isTrue();
        assertThat(NameMatch.refersTo("Foreign Minister Lavrov", LAVROV)).isTrue();
    }

    @Test
    void a_word_of_an_organisations_name_is_not_the_organisation() {
        assertThat(NameMatch.refersTo("White", WHITE_HOUSE)).isFalse();
        assertThat(NameMatch.refersTo("White House", WHITE_HOUSE)).isTrue();
        assertThat(NameMatch.refersTo("White", new Speaker("Walter White", "", Speaker.Kind.PERSON))).isTrue();
    }

    @Test
    void a_shared_last_name_matches_each_person_who_stay_apart_by_full_name() {
        List<Speaker> speakers = List.of(new Speaker("Hillary Clinton", "", Speaker.Kind.PERSON),
                new Speaker("Bill Clinton", "former President", Speaker.Kind.PERSON), LAVROV);

        List<String> clintons = speakers.stream().filter(s -> NameMatch.refersTo("Clinton", s)).map(Speaker::name).distinct().toList();

        assertThat(clintons).containsExactly("Hillary Clinton", "Bill Clinton");
        assertThat(speakers.stream().filter(s -> NameMatch.refersTo("Hillary Clinton", s))).extracting(Speaker::name).containsExactly("Hillary Clinton");
    }

    @Test
    void a_title_in_the_question_is_ignored() {
        assertThat(NameMatch.refersTo("Mr. Barrett", new Speaker("Tom Barrett", "", Speaker.Kind.PERSON))).isTrue();
        assertThat(NameMatch.refersTo("Mr. Barrett", new Speaker("Barrett", "", Speaker.Kind.PERSON))).isTrue();
    }

    @Test
    void another_first_name_is_another_person() {
        assertThat(NameMatch.refersTo("Sarah Sanders", new Speaker("Bernie Sanders", "", Speaker.Kind.PERSON))).isFalse();
        assertThat(NameMatch.refersTo("Sarah Sanders", new Speaker("Sarah Huckabee Sanders", "", Speaker.Kind.PERSON))).isTrue();
    }

    @Test
    void an_unresolved_pronoun_or_a_described_speaker_is_nobody_by_name() {
        assertThat(NameMatch.refersTo("he", new Speaker("he", "", Speaker.Kind.UNKNOWN))).isFalse();
        assertThat(NameMatch.refersTo("ministry", new Speaker("", "a spokeswoman for the ministry", Speaker.Kind.PERSON))).isFalse();
    }

    @Test
    void matches_a_speaker_given_as_a_label() {
        assertThat(NameMatch.matches("Sergei Lavrov", "Lavrov")).isTrue();
        assertThat(NameMatch.matches("the White House", "White")).isFalse();
    }
}
