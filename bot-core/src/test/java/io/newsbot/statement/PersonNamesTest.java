package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void takes_the_name_out_of_a_speaker_phrase() {
        assertThat(PersonNames.name("Russian Foreign Minister Sergei Lavrov")).isEqualTo("Sergei Lavrov");
        assertThat(PersonNames.name("Vermont Sen. Bernie Sanders")).isEqualTo("Bernie Sanders");
        assertThat(PersonNames.name("Sarah Sanders, White House press secretary")).isEqualTo("Sarah Sanders");
        assertThat(PersonNames.name("Fox's Chris Wallace")).isEqualTo("Chris Wallace");
        assertThat(PersonNames.name("Trump spokesperson Ron Lieberman")).isEqualTo("Ron Lieberman");
        assertThat(PersonNames.name("Mr. Clarke")).isEqualTo("Clarke");
        assertThat(PersonNames.name("Attorney General Loretta E. Lynch")).isEqualTo("Loretta E. Lynch");
    }

    @Test
    void a_word_that_opens_the_sentence_is_not_part_of_the_name() {
        assertThat(PersonNames.name("Despite Santilli")).isEqualTo("Santilli");
        assertThat(PersonNames.name("Interestingly Blocher")).isEqualTo("Blocher");
        assertThat(PersonNames.kind("See Sexton")).isEqualTo(SpeakerKind.PERSON);
        assertThat(PersonNames.surname("See Sexton")).isEqualTo("sexton");
    }

    @Test
    void a_last_name_and_a_first_name_key_each_person() {
        assertThat(PersonNames.surname("Sergei Lavrov")).isEqualTo("lavrov");
        assertThat(PersonNames.surname("Donald Trump Jr.")).isEqualTo("trump");
        assertThat(PersonNames.givenName("Sergei Lavrov")).isEqualTo("sergei");
        assertThat(PersonNames.givenName("Lavrov")).isEmpty();
        assertThat(PersonNames.personKey("Hillary Rodham Clinton")).isEqualTo(PersonNames.personKey("Hillary Clinton"));
    }

    @Test
    void tells_people_from_organisations_and_groups() {
        assertThat(PersonNames.kind("Sergei Lavrov")).isEqualTo(SpeakerKind.PERSON);
        assertThat(PersonNames.kind("Lavrov")).isEqualTo(SpeakerKind.PERSON);
        assertThat(PersonNames.kind("White House")).isEqualTo(SpeakerKind.ORGANISATION);
        assertThat(PersonNames.kind("the Kremlin")).isEqualTo(SpeakerKind.ORGANISATION);
        assertThat(PersonNames.kind("Radio Free Europe/Radio Liberty")).isEqualTo(SpeakerKind.ORGANISATION);
        assertThat(PersonNames.kind("officials in Zanzibar")).isEqualTo(SpeakerKind.GROUP);
        assertThat(PersonNames.kind("a spokeswoman for Clinton")).isEqualTo(SpeakerKind.GROUP);
        assertThat(PersonNames.kind("Democrats")).isEqualTo(SpeakerKind.GROUP);
        assertThat(PersonNames.kind("he")).isEqualTo(SpeakerKind.UNKNOWN);
        assertThat(PersonNames.kind("")).isEqualTo(SpeakerKind.UNKNOWN);
    }

    @Test
    void an_asked_name_refers_to_the_person_not_to_a_word_of_another_name() {
        assertThat(PersonNames.refersTo("Sergei Lavrov", SpeakerKind.PERSON, "Lavrov")).isTrue();
        assertThat(PersonNames.refersTo("Sergei Lavrov", SpeakerKind.PERSON, "Sergei Lavrov")).isTrue();
        assertThat(PersonNames.refersTo("Hillary Clinton", SpeakerKind.PERSON, "Hillary")).isTrue();
        assertThat(PersonNames.refersTo("White House", SpeakerKind.ORGANISATION, "White")).isFalse();
        assertThat(PersonNames.refersTo("Jack White", SpeakerKind.PERSON, "White")).isTrue();
        assertThat(PersonNames.refersTo("Bernie Sanders", SpeakerKind.PERSON, "Sarah Sanders")).isFalse();
        assertThat(PersonNames.refersTo("Sergei Lavrov", SpeakerKind.PERSON, "Sergei Ivanov")).isFalse();
        assertThat(PersonNames.refersTo("officials", SpeakerKind.GROUP, "officials")).isFalse();
    }

    @Test
    void an_organisation_is_asked_about_by_its_whole_name() {
        assertThat(PersonNames.refersTo("White House", SpeakerKind.ORGANISATION, "the White House")).isTrue();
        assertThat(PersonNames.refersTo("Gallup", SpeakerKind.ORGANISATION, "Gallup")).isTrue();
        assertThat(PersonNames.refersTo("Fox News", SpeakerKind.ORGANISATION, "Fox")).isFalse();
    }

    @Test
    void a_text_mentions_a_person_only_where_the_name_reads_as_one() {
        assertThat(PersonNames.mentions("Jack White said the band would tour.", "White")).isTrue();
        assertThat(PersonNames.mentions("The White House said nothing.", "White")).isFalse();
        assertThat(PersonNames.mentions("Lavrov met Tillerson.", "Lavrov")).isTrue();
        assertThat(PersonNames.mentions("Nothing here.", "Lavrov")).isFalse();
    }
}
