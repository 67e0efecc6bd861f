package io.newsbot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.quote.AttributionExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchMatcherTest {
    private static final ChatRef CHAT = new ChatRef("console", "local", ChatType.PRIVATE);
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private final WatchMatcher matcher = new WatchMatcher(Statements.extractedBy(new AttributionExtractor(new SentenceSplitter())),
            new HashEmbedder(), 0.5);

    @Test
    void a_person_watch_matches_a_statement_by_that_person_and_quotes_it() {
        Article a = article("Moscow answers new sanctions", "Russia's foreign minister Sergei Lavrov spoke in Moscow on Monday. "
                + "\"We will respond to these sanctions in a way that hurts,\" Lavrov said. Officials in Brussels declined to comment.");

        List<Match> matches = matcher.match(a, List.of(watch(Watch.Kind.PERSON, "Lavrov")));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.headline()).isEqualTo("Sergei Lavrov said");
            assertThat(m.text()).isEqualTo("“We will respond to these sanctions in a way that hurts,”");
            assertThat(m.how()).isEqualTo("speaker");
        });
    }

    @Test
    void a_person_watch_does_not_match_an_article_that_only_mentions_the_person() {
        Article a = article("Talks in Geneva", "Diplomats met in Geneva on Monday to prepare a visit by Sergei Lavrov next month. "
                + "The meeting ended without a statement, and the agenda stays secret for now, officials in the city explained.");

        assertThat(matcher.match(a, List.of(watch(Watch.Kind.PERSON, "Lavrov")))).isEmpty();
    }

    @Test
    void a_person_watch_on_a_word_does_not_match_an_organisation_holding_it() {
        Article a = article("Statement on trade", "The White House said on Monday that talks on trade would go on next week. "
                + "Markets rose after the statement, and traders expected more news on the tariffs in the days ahead.");

        assertThat(matcher.match(a, List.of(watch(Watch.Kind.PERSON, "White")))).isEmpty();
    }

    @Test
    void a_topic_watch_matches_every_stemmed_word_of_the_topic_and_cites_the_lead() {
        Article a = article("UN widens measures on Pyongyang", "The Security Council sanctioned three more shipping firms of North Korea on "
                + "Friday. Diplomats said the vote was unanimous.");

        List<Match> matches = matcher.match(a, List.of(watch(Watch.Kind.TOPIC, "North Korea sanctions")));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.headline()).isEqualTo("On North Korea sanctions");
            assertThat(m.text()).isEqualTo("UN widens measures on Pyongyang: The Security Council sanctioned three more shipping firms of North Korea on Friday.");
            assertThat(m.how()).isEqualTo("words");
        });
    }

    @Test
    void a_topic_watch_does_not_match_an_article_holding_only_some_of_its_words() {
        Article a = article("Seoul hosts summit", "South Korea hosted a summit on trade with Japan on Friday. Leaders agreed to cut "
                + "tariffs on steel and to meet again next spring, officials said after the talks.");

        assertThat(matcher.match(a, List.of(watch(Watch.Kind.TOPIC, "North Korea sanctions")))).isEmpty();
    }

    @Test
    void a_topic_watch_matches_by_meaning_when_the_embedding_is_close_enough() {
        // The fake embedder hashes words of four letters or more: "climate", "summit", "talks" carry the meaning here.
        Article a = article("Climate summit talks open", "Delegates opened the climate summit talks in Baku with pledges.");
        Watch climate = watch(Watch.Kind.TOPIC, "climate summit talks stalled");

        assertThat(matcher.match(a, List.of(climate))).extracting(Match::how).containsExactly("meaning");
        assertThat(new WatchMatcher(s -> List.of(), new HashEmbedder(), 0.95).match(a, List.of(climate))).isEmpty();
    }

    private static Watch watch(Watch.Kind kind, String subject) {
        return new Watch(1, CHAT, kind, subject, "console:you", T0);
    }

    static Article article(String title, String body) {
        return new Article(5, "https://news.example/" + Math.abs(body.hashCode()), "https://news.example/a", title, "Example News", T0, T0, "en",
                Integer.toHexString(body.hashCode()), body);
    }
}
