package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.quote.AttributionExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each statement records how the article credits it to its speaker: by name, through a pronoun or title, or not at all. */
class AttributionBasisTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StatementExtractor extractor = new StatementExtractor(new AttributionReader(new AttributionExtractor(splitter)), splitter);

    private List<Statement> statements(String body) {
        return extractor.extract(new Article(1, "test:1", "https://example.com/1", "Talks", "Example News", T0, T0, "en", "h1", body));
    }

    private static Statement holding(List<Statement> found, String words) {
        return found.stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow(() -> new AssertionError("no statement holds " + words));
    }

    @Test
    void a_statement_whose_sentence_names_the_speaker_is_credited_by_name() {
        List<Statement> found = statements("Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday.\n\n"
                + "\"We are ready to talk about a ceasefire in Syria,\" Lavrov said.");

        assertThat(holding(found, "ready to talk")).satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("Sergei Lavrov");
            assertThat(s.basis()).isEqualTo(AttributionBasis.NAMED);
        });
    }

    @Test
    void a_last_name_that_is_also_a_nationality_still_names_the_speaker() {
        List<Statement> found = statements("Mark Cuban spoke on television on Sunday.\n\n"
                + "\"It's too early to tell whether I will run,\" Cuban said.");

        assertThat(holding(found, "too early")).satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("Mark Cuban");
            assertThat(s.basis()).isEqualTo(AttributionBasis.NAMED);
        });
    }

    @Test
    void a_statement_given_as_he_said_is_credited_through_the_resolved_pronoun() {
        List<Statement> found = statements("Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday.\n\n"
                + "\"We are ready to talk about a ceasefire in Syria,\" Lavrov said.\n\n"
                + "\"Nobody wants this war to go on for another year,\" he said.");

        assertThat(holding(found, "Nobody wants")).satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("Sergei Lavrov");
            assertThat(s.basis()).isEqualTo(AttributionBasis.RESOLVED);
        });
    }

    @Test
    void reported_speech_given_as_she_said_is_credited_through_the_resolved_pronoun() {
        List<Statement> found = statements("Hillary Clinton spoke to supporters in Ohio on Saturday.\n\n"
                + "She said that the economy would grow faster under her plan.");

        assertThat(holding(found, "economy would grow")).satisfies(s -> {
            assertThat(s.speaker()).contains("Clinton");
            assertThat(s.basis()).isEqualTo(AttributionBasis.RESOLVED);
        });
    }

    @Test
    void a_quote_with_no_attribution_of_its_own_is_carried_from_the_quote_before() {
        List<Statement> found = statements("\"We are ready to talk about a ceasefire in Syria,\" Lavrov said on Monday in Geneva. "
                + "The talks will begin next week. \"The door is open for everyone who wants peace in the region.\"");

        assertThat(holding(found, "ready to talk").basis()).isEqualTo(AttributionBasis.NAMED);
        assertThat(holding(found, "The door")).satisfies(s -> {
            assertThat(s.speaker()).isEqualTo("Lavrov");
            assertThat(s.basis()).isEqualTo(AttributionBasis.CARRIED);
        });
    }
}
