package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerPhraseTest {
    @Test
    void keeps_a_title_before_the_name_apart_from_it() {
        assertThat(SpeakerPhrase.parse("White House press secretary Sarah Sanders"))
                .isEqualTo(new Speaker("Sarah Sanders", "White House press secretary", Speaker.Kind.PERSON));
        assertThat(SpeakerPhrase.parse("Russian Foreign Minister Sergei Lavrov"))
                .isEqualTo(new Speaker("Sergei Lavrov", "Russian Foreign Minister", Speaker.Kind.PERSON));
        assertThat(SpeakerPhrase.parse("Secretary of State Hillary Clinton"))
                .isEqualTo(new Speaker("Hillary Clinton", "Secretary of State", Speaker.Kind.PERSON));
    }

    @Test
    void keeps_a_role_after_the_name_apart_from_it() {
        assertThat(SpeakerPhrase.parse("Sarah Sanders, White House press secretary"))
                .isEqualTo(new Speaker("Sarah Sanders", "White House press secretary", Speaker.Kind.PERSON));
    }

    @Test
    void drops_a_time_said_after_the_name() {
        assertThat(SpeakerPhrase.parse("harbour master Juma Said on day 42"))
                .isEqualTo(new Speaker("Juma Said", "harbour master", Speaker.Kind.PERSON));
    }

    @Test
    void keeps_whole_names_with_slashes_and_particles() {
        assertThat(SpeakerPhrase.parse("Radio Free Europe/Radio Liberty"))
                .isEqualTo(new Speaker("Radio Free Europe/Radio Liberty", "", Speaker.Kind.ORGANISATION));
        assertThat(SpeakerPhrase.parse("Charles de Gaulle").name()).isEqualTo("Charles de Gaulle");
    }

    @Test
    void a_group_is_named_with_what_places_it() {
        assertThat(SpeakerPhrase.parse("officials in Zanzibar"))
                .isEqualTo(new Speaker("officials in Zanzibar", "", Speaker.Kind.GROUP));
    }

    @Test
    void a_spokeswoman_described_but_not_named_is_not_her_principal() {
        Speaker s = SpeakerPhrase.parse("a spokeswoman for the State Department");

        assertThat(s.name()).isEmpty();
        assertThat(s.display()).isEqualTo("a spokeswoman for the State Department");
        assertThat(s.kind()).isEqualTo(Speaker.Kind.PERSON);
    }

    @Test
    void a_sentence_opening_word_is_no_speaker() {
        assertThat(SpeakerPhrase.parse("In").isEmpty()).isTrue();
        assertThat(SpeakerPhrase.parse("The").isEmpty()).isTrue();
    }

    @Test
    void tells_organisations_from_people() {
        assertThat(SpeakerPhrase.parse("the White House").kind()).isEqualTo(Speaker.Kind.ORGANISATION);
        assertThat(SpeakerPhrase.parse("Walter White").kind()).isEqualTo(Speaker.Kind.PERSON);
        assertThat(SpeakerPhrase.parse("Democrats").kind()).isEqualTo(Speaker.Kind.GROUP);
    }
}
