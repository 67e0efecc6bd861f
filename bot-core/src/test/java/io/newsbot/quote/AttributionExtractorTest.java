package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

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
    void finds_reported_speech_with_that() {
        List<Attribution> found = extract("Officials said that the talks would resume next week in Geneva.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.direct()).isFalse();
            assertThat(a.speaker()).isEqualTo("Officials");
            assertThat(a.content()).isEqualTo("the talks would resume next week in Geneva");
        });
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
}
