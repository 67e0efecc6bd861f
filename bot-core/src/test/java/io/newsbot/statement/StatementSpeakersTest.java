package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.quote.AttributionExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each statement is labelled with the person who said it, not a relative, an owner or the nearest person of that name. */
class StatementSpeakersTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StatementExtractor extractor = new StatementExtractor(new AttributionReader(new AttributionExtractor(splitter)), splitter);

    private List<Statement> statements(String body) {
        return extractor.extract(new Article(1, "test:1", "https://example.com/1", "Story", "Example News", T0, T0, "en", "h1", body));
    }

    private static List<Statement> holding(List<Statement> found, String words) {
        return found.stream().filter(s -> s.text().contains(words)).toList();
    }

    @Test
    void what_a_family_said_is_not_credited_to_the_person_it_belongs_to() {
        List<Statement> found = statements("Keith Lamont Scott was shot by police on Tuesday. His wife, Rakeyia Scott, filmed the encounter.\n\n"
                + "Scott's family has called on police to release the videos and called on people to protest peacefully.");

        assertThat(holding(found, "release the videos")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("Scott's family");
            assertThat(s.kind()).isNotEqualTo(SpeakerKind.PERSON);
        });
    }

    @Test
    void what_a_person_insisted_stays_theirs_when_reported_through_a_noun_of_speech() {
        List<Statement> found = statements("Pete Santilli, a radio host, was arrested in January.\n\n"
                + "Despite Santilli's continued insistence that he was at the refuge as a journalist, a judge kept him in jail.");

        assertThat(holding(found, "continued insistence")).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Pete Santilli"));
    }

    @Test
    void mr_and_a_last_name_is_the_person_the_article_is_about_not_the_relative_named_last() {
        List<Statement> found = statements("One evening in the 1960s, Donald J. Trump met his older brother, Freddy, for dinner in Queens.\n\n"
                + "But the painful case of Freddy Trump, eight years his brother's senior and once the heir apparent to their father's real "
                + "estate empire, also serves as an example of the dangers of failing to conform in a family dominated by a driven, "
                + "perfectionist patriarch and an aggressive younger brother.\n\n"
                + "In the upwardly mobile Trump family, Donald was the second and favorite son, the one who got into the Wharton School and "
                + "relished the combat of New York real estate. Freddy was the disappointment, who lacked the killer instinct.\n\n"
                + "''For me, it worked very well,'' Mr. Trump said. ''For Fred, it wasn't something that was going to work.''");

        assertThat(holding(found, "worked very well")).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Donald J. Trump"));
    }

    @Test
    void a_last_name_just_after_a_full_name_is_that_person() {
        List<Statement> found = statements("Hillary Clinton campaigned in Ohio on Monday.\n\n"
                + "Bill Clinton spoke in Iowa the same day. \"She is ready on day one,\" Clinton said.");

        assertThat(holding(found, "ready on day one")).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isEqualTo("Bill Clinton"));
    }
}
