package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.platform.Reply;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DigestComposerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private final Database db = Database.inMemory("composer-" + UUID.randomUUID());
    private final JdbcArticleStore articles = new JdbcArticleStore(db);
    private final DigestComposer composer = new DigestComposer(articles, new LeadBiasedSummariser(new SentenceSplitter()),
            new TopicGrouper(new WordHashEmbedder(), 0.2), 15);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void groups_the_days_articles_by_topic_with_cited_summaries_and_a_top_of_the_day() {
        Article talks = Articles.put(articles, "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, NOW.minus(Duration.ofHours(5)));
        Article aid = Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, NOW.minus(Duration.ofHours(3)));
        Article football = Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, NOW.minus(Duration.ofHours(2)));

        Digest digest = composer.compose("Daily digest, Monday 23 November 2026", List.of(), NOW.minus(Duration.ofDays(1)), NOW);
        Reply reply = digest.reply();
        System.out.println(reply.plainText());

        assertThat(reply.kind()).isEqualTo(Reply.Kind.DIGEST);
        assertThat(digest.articles()).isEqualTo(3);
        assertThat(reply.intro()).startsWith("Daily digest, Monday 23 November 2026").contains("3 new articles");
        assertThat(reply.sections().get(0).heading()).isEqualTo("Top of the day");
        assertThat(reply.sections().get(0).items()).hasSize(1);
        Reply.Section syria = reply.sections().get(1);
        assertThat(syria.heading()).contains("Idlib");
        assertThat(syria.items()).hasSize(2);
        assertThat(reply.sections().get(2).items()).hasSize(1);
        assertThat(reply.citations()).extracting(Reply.Citation::articleId).containsExactlyInAnyOrder(talks.id(), aid.id(), football.id());
        assertThat(reply.citations()).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo("Example News");
            assertThat(c.url()).startsWith("https://news.example/");
        });
        for (Reply.Section s : reply.sections().subList(1, reply.sections().size())) {
            assertThat(s.items()).allSatisfy(i -> assertThat(i.citations()).hasSize(1));
        }
    }

    @Test
    void covers_only_the_window() {
        Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, NOW.minus(Duration.ofDays(2)));
        Article football = Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, NOW.minus(Duration.ofHours(2)));

        Digest digest = composer.compose("Digest", List.of(), NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(digest.reply().citations()).extracting(Reply.Citation::articleId).containsExactly(football.id());
        assertThat(digest.until()).isEqualTo(NOW);
    }

    @Test
    void keeps_to_the_subscriptions_topics() {
        Article talks = Articles.put(articles, "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, NOW.minus(Duration.ofHours(5)));
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, NOW.minus(Duration.ofHours(2)));

        Digest digest = composer.compose("Digest", List.of("Syria"), NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(digest.articles()).isEqualTo(1);
        assertThat(digest.reply().citations()).extracting(Reply.Citation::articleId).containsExactly(talks.id());
        assertThat(digest.reply().plainText()).doesNotContain("Arsenal");
    }

    @Test
    void says_nothing_new_on_an_empty_day() {
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, NOW.minus(Duration.ofHours(2)));

        Digest digest = composer.compose("Digest", List.of("North Korea"), NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(digest.empty()).isTrue();
        assertThat(digest.reply().kind()).isEqualTo(Reply.Kind.DIGEST);
        assertThat(digest.reply().plainText()).contains("Nothing new on North Korea");
        assertThat(digest.reply().citations()).isEmpty();
    }

    @Test
    void shows_at_most_the_configured_number_of_articles_and_says_how_many_came() {
        DigestComposer small = new DigestComposer(articles, new LeadBiasedSummariser(new SentenceSplitter()),
                new TopicGrouper(new WordHashEmbedder(), 0.2), 2);
        Articles.put(articles, "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, NOW.minus(Duration.ofHours(5)));
        Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, NOW.minus(Duration.ofHours(3)));
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, NOW.minus(Duration.ofHours(2)));

        Reply reply = small.compose("Digest", List.of(), NOW.minus(Duration.ofDays(1)), NOW).reply();

        long shown = reply.sections().stream().skip(1).mapToLong(s -> s.items().size()).sum();
        assertThat(shown).isEqualTo(2);
        assertThat(reply.intro()).contains("3 new articles, the 2 most prominent below");
    }
}
