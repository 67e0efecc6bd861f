package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    private List<Attribution> extract(String body) {
        List<Attribution> found = extractor.extract(body);
        for (Attribution a : found) assertThat(body.substring(a.contentStart(), a.contentEnd())).isEqualTo(a.content());
        return found;
    }

    private static List<Attribution> direct(List<Attribution> found) {
        return found.stream().filter(Attribution::direct).toList();
    }

    @Test
    void a_quote_interrupted_by_its_attribution_is_one_statement() {
        String body = "\"We are leaving behind the corruption and the lies,\" Stein told the protesters. "
                + "\"They sabotaged a revolutionary campaign.\"";

        List<Attribution> quotes = direct(extract(body));

        assertThat(quotes).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Stein");
            assertThat(a.cue()).isEqualTo("told");
            assertThat(a.content()).startsWith("We are leaving").endsWith("revolutionary campaign.");
        });
    }

    @Test
    void quotes_with_attributions_of_their_own_stay_apart() {
        String body = "\"The deal is good for working families,\" Clinton said. \"The deal is a disaster for this country,\" Trump replied.";

        List<Attribution> quotes = direct(extract(body));

        assertThat(quotes).extracting(Attribution::speaker).containsExactly("Clinton", "Trump");
    }

    @Test
    void a_title_inside_the_attribution_does_not_split_the_statement() {
        String body = "\"Donald Trump is a fraud,\" Perez said Sunday on NBC's \"Meet the Press.\" \"He has spent his career putting his profits first.\"";

        assertThat(direct(extract(body))).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Perez");
            assertThat(a.content()).endsWith("profits first.");
        });
    }

    @Test
    void takes_a_speaker_described_rather_than_named() {
        String body = "\"Now, he will go to work for all of you,\" said the 46-year-old.";

        assertThat(direct(extract(body))).singleElement().extracting(Attribution::speaker).isEqualTo("the 46-year-old");
    }

    @Test
    void takes_the_named_person_out_of_a_speaker_phrase() {
        String body = "\"These contracts are fully binding and they stay,\" Trump spokesperson Ron Lieberman told the Wall Street Journal.";

        assertThat(direct(extract(body))).singleElement().extracting(Attribution::speaker).isEqualTo("Ron Lieberman");
    }

    @Test
    void a_mostly_quoted_reported_clause_is_a_direct_quote_from_the_reporting_sentence() {
        String body = "A defensive Obama said his critics \"seem to think that if I was just more bellicose, that would make a difference.\"";

        assertThat(direct(extract(body))).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Obama");
            assertThat(a.content()).startsWith("his critics \"seem to think");
        });
    }

    @Test
    void a_scare_quote_in_a_long_sentence_is_no_direct_quote() {
        String body = "He called the plan a \"disaster\" during a long speech to supporters in a packed arena in Ohio on Tuesday night.";

        assertThat(direct(extract(body))).isEmpty();
    }

    @Test
    void resolves_a_pronoun_to_the_last_named_speaker() {
        String body = "Russian Foreign Minister Sergei Lavrov said on Monday that the talks had stalled for good.\n\n"
                + "\"We will not wait for them forever,\" he said.";

        assertThat(direct(extract(body))).singleElement().extracting(Attribution::speaker).isEqualTo("Sergei Lavrov");
    }

    @Test
    void an_introduction_with_a_colon_gives_the_speaker() {
        String body = "Trump told Fox News: \"Putin is very important because they can help us with North Korea.\"";

        assertThat(direct(extract(body))).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Trump");
            assertThat(a.cue()).isEqualTo("told");
        });
    }

    @Test
    void a_quote_that_ends_its_sentence_does_not_take_the_next_sentence_as_its_attribution() {
        String body = "Sanders said the vote had been close. \"The system is rigged against working people.\" He added: \"We will change it together.\"";

        List<Attribution> quotes = direct(extract(body));

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).content()).isEqualTo("We will change it together.");
        assertThat(quotes.get(1).speaker()).isEqualTo("Sanders");
    }

    @Test
    void finds_reported_speech_with_that_and_keeps_that_in_the_statement() {
        List<Attribution> found = extract("Officials said that the talks would resume next week in Geneva.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.direct()).isFalse();
            assertThat(a.speaker()).isEqualTo("Officials");
            assertThat(a.content()).isEqualTo("that the talks would resume next week in Geneva");
        });
    }

    @Test
    void a_that_further_on_in_the_sentence_does_not_start_the_statement() {
        List<Attribution> found = extract("Mook refused to speculate on the events after the election, adding that he would be on vacation.");

        assertThat(found).extracting(Attribution::content)
                .containsExactly("to speculate on the events after the election", "that he would be on vacation");
    }

    @Test
    void a_reported_clause_ends_where_the_sentence_turns_to_something_else() {
        List<Attribution> found = extract("Graham said she was impressed with the candidate's children, but lamented that the speech was long. "
                + "Sanders said the financial system was corrupt, noting that the bank paid him. "
                + "The mayor said the budget was balanced; the council disagreed.");

        assertThat(found).extracting(Attribution::content).contains("she was impressed with the candidate's children",
                "the financial system was corrupt", "the budget was balanced");
    }

    @Test
    void a_statement_with_its_speaker_named_after_the_verb_is_found() {
        List<Attribution> found = extract("The approach is made possible by its resources, said Katie Harbath, Facebook's director of outreach.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Katie Harbath");
            assertThat(a.content()).isEqualTo("The approach is made possible by its resources");
        });
    }

    @Test
    void an_attribution_after_a_short_opening_phrase_reports_the_whole_sentence() {
        List<Attribution> found = extract("In his state, Christie said, first-time drug offenders are sent to treatment.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Christie");
            assertThat(a.content()).isEqualTo("In his state, Christie said, first-time drug offenders are sent to treatment");
        });
    }

    @Test
    void a_speaker_and_verb_opening_a_sentence_before_a_comma_are_read_without_failing() {
        assertThat(extract("He said, loudly. She noted, again.")).isEmpty();
    }

    @Test
    void a_second_verb_of_the_subject_reports_the_subject() {
        List<Attribution> found = extract("Florida Gov. Rick Scott blasted Congress and said the state had allocated $26 million. "
                + "Mr. Trump has rallied thousands by promising to impose tariffs on imported goods.");

        assertThat(found).extracting(Attribution::content, Attribution::speaker).contains(
                tuple("the state had allocated $26 million", "Rick Scott"), tuple("to impose tariffs on imported goods", "Trump"));
    }

    @Test
    void a_party_and_state_in_brackets_stay_with_the_speaker_name() {
        List<Attribution> found = extract("Sen. Bernie Sanders (I-Vt.) said he will make his medical records public.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Bernie Sanders");
            assertThat(found.get(0).sourceStart()).isZero();
        });
    }

    @Test
    void a_speaker_in_the_middle_of_saying_something_is_a_speaker() {
        List<Attribution> found = extract("Many voters are quietly saying it is time to accept a new reality. "
                + "He has the approval of the Illinois Board of Elections, which ruled that he met the criteria.");

        assertThat(found).extracting(Attribution::speaker).containsExactly("Many voters", "Illinois Board of Elections");
    }

    @Test
    void finds_reported_speech_after_according_to() {
        List<Attribution> found = extract("According to Radio Liberty, the two ministers met twice in private last month.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Radio Liberty");
            assertThat(a.cue()).isEqualTo("according to");
            assertThat(a.content()).startsWith("the two ministers met");
        });
    }

    @Test
    void reads_text_with_curly_quotes_and_no_break_spaces_once_straightened_in_place() {
        String raw = "\u201CWe are sorry to hear about it, and we wish them well,\u201D the company\u00A0said in a statement.";
        String text = QuoteText.sameLength(raw);

        assertThat(text).hasSameSizeAs(raw);
        assertThat(direct(extract(text))).singleElement().extracting(Attribution::speaker).isEqualTo("the company");
    }

    @Test
    void a_quote_going_on_in_the_next_paragraph_is_one_statement() {
        String body = "\"We will take this fight all the way to the convention,\" Sanders said.\n\n\"And we will win it there.\"";

        assertThat(direct(extract(body))).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Sanders");
            assertThat(a.content()).endsWith("win it there.");
        });
    }

    @Test
    void takes_what_comes_before_a_trailing_according_to_with_a_long_source() {
        List<Attribution> found = extract("The department removed a dozen sensitive emails from its archives, according to a memo released Friday by the watchdog.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.cue()).isEqualTo("according to");
            assertThat(a.speaker()).isEqualTo("a memo released Friday by the watchdog");
            assertThat(a.content()).isEqualTo("The department removed a dozen sensitive emails from its archives");
        });
    }

    @Test
    void reads_doubled_apostrophes_as_quotation_marks_but_does_not_count_them_as_direct_quotes() {
        String body = "''Time is running out for all of us,'' he said. Mr. Hurt wants the book out before the election.";

        List<Attribution> found = extract(body);

        assertThat(found).first().satisfies(a -> {
            assertThat(a.content()).isEqualTo("Time is running out for all of us,");
            assertThat(a.direct()).isFalse();
        });
    }

    @Test
    void a_last_name_used_alone_refers_to_the_full_name_used_earlier() {
        String body = "Russian Foreign Minister Sergei Lavrov met his counterparts in Geneva.\n\n"
                + "Lavrov said the sanctions would not change Moscow's course.";

        assertThat(extract(body)).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Sergei Lavrov");
            assertThat(a.source().kind()).isEqualTo(Speaker.Kind.PERSON);
            assertThat(body.substring(a.sourceStart(), a.sourceEnd())).isEqualTo("Lavrov");
        });
    }

    @Test
    void a_pronoun_is_the_nearest_person_of_its_gender_who_spoke_or_opened_a_sentence() {
        String body = "Kremlin spokesman Dmitry Peskov said Vladimir Putin would not attend the summit.\n\n"
                + "He warned that the West would regret its sanctions.\n\n"
                + "Hillary Clinton met Donald Trump at the debate. She said the plan would fail.";

        List<Attribution> found = extract(body);

        assertThat(found).extracting(Attribution::speaker).containsExactly("Dmitry Peskov", "Dmitry Peskov", "Hillary Clinton");
        assertThat(found.get(0).source().role()).isEqualTo("Kremlin spokesman");
    }

    @Test
    void a_spokeswomans_words_are_hers_not_her_principals() {
        List<Attribution> found = extract("A spokeswoman for Foreign Minister Sergei Lavrov said the talks would resume next week.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.source().name()).isEmpty();
            assertThat(a.speaker()).isEqualTo("A spokeswoman for Foreign Minister Sergei Lavrov");
            assertThat(NameMatch.refersTo("Lavrov", a.source())).isFalse();
        });
    }

    @Test
    void a_group_is_a_group_and_no_place_or_opening_word_speaks() {
        List<Attribution> found = extract("In Pemba, officials in Zanzibar said the clove harvest had failed for a second year.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("officials in Zanzibar");
            assertThat(a.source().kind()).isEqualTo(Speaker.Kind.GROUP);
        });
    }

    @Test
    void a_capitalised_common_noun_opening_a_sentence_is_no_speaker() {
        String body = "Farmers on the island grow clove for export.\n\nClove warned buyers of a smaller harvest this year.";

        assertThat(extract(body)).extracting(Attribution::speaker).doesNotContain("Clove");
    }

    @Test
    void finds_reported_speech_without_that_and_with_verbs_beyond_said() {
        List<Attribution> found = extract("Mr. Barrett told reporters the court would hear the case in March. "
                + "The senator denied any part in the deal. Lavrov vowed to block the resolution at the council.");

        assertThat(found).extracting(Attribution::cue).containsExactly("told", "denied", "vowed");
        assertThat(found).extracting(Attribution::content).containsExactly("reporters the court would hear the case in March",
                "any part in the deal", "to block the resolution at the council");
        assertThat(found.get(0).speaker()).isEqualTo("Barrett");
    }

    @Test
    void a_statement_with_its_speaker_in_the_middle_is_the_sentence_around_it() {
        List<Attribution> found = extract("Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.speaker()).isEqualTo("Rubio");
            assertThat(a.content()).startsWith("Vice President Joe Biden").endsWith("a thousand years");
        });
    }

    @Test
    void every_one_line_paragraph_of_a_long_article_is_read() {
        String body = "Sergei Lavrov said the talks had stalled again.\n\n".repeat(3000);

        List<Attribution> found = extract(body);

        assertThat(found).hasSize(3000).allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Sergei Lavrov"));
    }

    @Test
    void an_endless_sentence_and_a_flood_of_quotation_marks_are_read_without_failing() {
        String sentence = "officials in the capital said that ".repeat(20_000);
        String marks = "\"We will\" \"not\" \"wait,\" she said \"".repeat(5_000);

        assertThat(extract(sentence)).isNotEmpty().allSatisfy(a -> assertThat(a.content().length()).isLessThanOrEqualTo(2_000));
        assertThat(extract(marks)).isNotNull();
    }

    @Test
    void leaves_no_quotation_mark_dangling_at_either_end_of_a_statement() {
        String body = "He called the plan \"a disaster. It will fail,\" and left the room. \"We have to talk about Ukraine.\" He said it twice.";

        assertThat(extract(body)).isNotEmpty().allSatisfy(a -> {
            long marks = a.content().chars().filter(c -> c == '"').count();
            assertThat(marks % 2).as(a.content()).isZero();
        });
    }
}
