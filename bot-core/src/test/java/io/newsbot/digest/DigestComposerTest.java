package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcDigestLedger;
import io.newsbot.story.StoryProfile;
import io.newsbot.story.TermVector;
import io.newsbot.story.jdbc.JdbcStoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DigestComposerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ChatRef TEAM = new ChatRef("telegram", "-100", ChatType.GROUP);
    private final Database db = Database.inMemory("composer-" + UUID.randomUUID());
    private final JdbcArticleStore articles = new JdbcArticleStore(db);
    private final JdbcStoryStore stories = new JdbcStoryStore(db);
    private final DigestComposer composer = Composers.of(db, 10);

    @AfterEach
    void close() {
        db.close();
    }

    /** Puts the article in the story the grouping would have (the grouping itself is tested in io.newsbot.story). */
    private Article put(String outlet, String title, String body, Duration ago, Article storyOf) {
        Article a = Articles.put(articles, outlet, title, body, NOW.minus(ago));
        long story = storyOf == null ? a.id() : stories.storiesOf(List.of(storyOf.id())).get(storyOf.id());
        stories.place(new StoryProfile(a.id(), outlet, a.publishedAt(), TermVector.EMPTY, TermVector.EMPTY, new float[0]), story, List.of(), List.of(),
                List.of());
        return a;
    }

    private static DigestRequest daily(LocalDate date, Instant from, Instant until) {
        return new DigestRequest(TEAM, date, "Daily digest", List.of(), from, until, true);
    }

    @Test
    void gives_each_story_one_section_with_one_summary_and_its_outlets_ranked_by_how_many_report_it() {
        Article football = put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(1), null);
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(5), null);
        Article again = put("World Wire", "Syria talks to be held in Astana", Articles.SYRIA_TALKS_AGAIN, Duration.ofHours(4), talks);

        Digest digest = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW));
        Reply reply = digest.reply();
        System.out.println(reply.plainText());

        assertThat(digest.articles()).isEqualTo(3);
        assertThat(reply.intro()).isEqualTo("Daily digest: 3 new articles in 2 stories.");
        assertThat(reply.sections()).hasSize(2);
        Reply.Section syria = reply.sections().get(0);
        assertThat(syria.heading()).startsWith("Top of the day: ").endsWith("(2 outlets)");
        assertThat(syria.items()).hasSize(3);
        Reply.Item summary = syria.items().get(0);
        assertThat(summary.speaker()).isEmpty();
        assertThat(Articles.SYRIA_TALKS + " " + Articles.SYRIA_TALKS_AGAIN).contains(summary.text().split("(?<=\\.) ")[0]);
        assertThat(syria.items().subList(1, 3)).extracting(Reply.Item::speaker).containsExactly("Example News", "World Wire");
        assertThat(syria.items().subList(1, 3)).extracting(Reply.Item::text).containsExactly(talks.title(), again.title());
        Reply.Section sport = reply.sections().get(1);
        assertThat(sport.heading()).isEqualTo("Arsenal beat Chelsea (Sports Daily)");
        assertThat(reply.citations()).extracting(Reply.Citation::articleId).containsExactlyInAnyOrder(talks.id(), again.id(), football.id());
        assertThat(sport.items()).allSatisfy(i -> assertThat(i.citations()).containsOnly(number(reply, football)));
    }

    @Test
    void top_of_the_day_is_the_biggest_storys_summary_and_no_splice_of_others() {
        Article football = put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(1), null);
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(5), null);
        put("World Wire", "Syria talks to be held in Astana", Articles.SYRIA_TALKS_AGAIN, Duration.ofHours(4), talks);

        Reply reply = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();

        Reply.Item top = reply.sections().get(0).items().get(0);
        assertThat(top.citations()).doesNotContain(number(reply, football));
        assertThat(top.text()).doesNotContain("Arsenal").doesNotContain("goal");
        long repeats = reply.sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.text().equals(top.text())).count();
        assertThat(repeats).isEqualTo(1);
    }

    @Test
    void a_story_sent_before_comes_back_as_an_update_with_only_what_is_new() {
        JdbcDigestLedger ledger = new JdbcDigestLedger(db);
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(30), null);
        composer.compose(daily(MONDAY.minusDays(1), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))));
        ledger.claim(TEAM, MONDAY.minusDays(1), "test", NOW.minus(Duration.ofDays(1)));
        ledger.sent(TEAM, MONDAY.minusDays(1), 1, NOW.minus(Duration.ofDays(1)), 1);
        Article repeat = put("Example News", "Syria talks to be held in Astana", Articles.SYRIA_TALKS_AGAIN, Duration.ofHours(5), talks);
        Article news = put("World Wire", "Turkey proposes a buffer zone at the Astana talks", Articles.SYRIA_TALKS_NEWS, Duration.ofHours(4), talks);

        Reply reply = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();
        System.out.println(reply.plainText());

        Reply.Section update = reply.sections().get(0);
        assertThat(update.heading()).startsWith("Top of the day, an update: ");
        String summary = update.items().get(0).text();
        assertThat(summary).contains("buffer zone").doesNotContain("guarantees for civilians").doesNotContain("Syrian government officials");
        assertThat(update.items().subList(1, update.items().size())).extracting(Reply.Item::speaker).containsExactly("World Wire (new)");
        assertThat(reply.citations()).extracting(Reply.Citation::articleId).contains(news.id()).doesNotContain(talks.id());
        assertThat(repeat.id()).isNotEqualTo(news.id());
    }

    @Test
    void a_story_with_nothing_new_for_the_chat_is_left_out() {
        JdbcDigestLedger ledger = new JdbcDigestLedger(db);
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(30), null);
        composer.compose(daily(MONDAY.minusDays(1), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))));
        ledger.claim(TEAM, MONDAY.minusDays(1), "test", NOW.minus(Duration.ofDays(1)));
        ledger.sent(TEAM, MONDAY.minusDays(1), 1, NOW.minus(Duration.ofDays(1)), 1);
        put("Example News", "Syria talks to be held in Astana", Articles.SYRIA_TALKS_AGAIN, Duration.ofHours(5), talks);
        Article football = put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(1), null);

        Reply reply = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();

        assertThat(reply.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("Top of the day: Arsenal beat Chelsea (Sports Daily)"));
        assertThat(reply.citations()).extracting(Reply.Citation::articleId).containsExactly(football.id());
    }

    @Test
    void what_a_failed_digest_or_a_preview_showed_does_not_count_as_sent() {
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(30), null);
        composer.compose(daily(MONDAY.minusDays(1), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))));
        composer.compose(new DigestRequest(TEAM, MONDAY.minusDays(1), "Preview", List.of(), NOW.minus(Duration.ofDays(2)), NOW, false));
        put("World Wire", "Turkey proposes a buffer zone at the Astana talks", Articles.SYRIA_TALKS_NEWS, Duration.ofHours(4), talks);

        Reply reply = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();

        assertThat(reply.sections().get(0).heading()).startsWith("Top of the day: ").doesNotContain("update");
    }

    @Test
    void covers_only_the_window() {
        put("Example News", "Aid reaches Idlib", Articles.SYRIA_AID, Duration.ofDays(2), null);
        Article football = put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(2), null);

        Digest digest = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW));

        assertThat(digest.reply().citations()).extracting(Reply.Citation::articleId).containsExactly(football.id());
        assertThat(digest.until()).isEqualTo(NOW);
    }

    @Test
    void keeps_to_the_subscriptions_topics() {
        Article talks = put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(5), null);
        put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(2), null);

        Digest digest = composer.compose(new DigestRequest(TEAM, MONDAY, "Digest", List.of("Syria"), NOW.minus(Duration.ofDays(1)), NOW, true));

        assertThat(digest.articles()).isEqualTo(1);
        assertThat(digest.reply().citations()).extracting(Reply.Citation::articleId).containsExactly(talks.id());
        assertThat(digest.reply().plainText()).doesNotContain("Arsenal");
    }

    @Test
    void says_nothing_new_on_an_empty_day() {
        put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(2), null);

        Digest digest = composer.compose(new DigestRequest(TEAM, MONDAY, "Digest", List.of("North Korea"), NOW.minus(Duration.ofDays(1)), NOW, true));

        assertThat(digest.empty()).isTrue();
        assertThat(digest.reply().kind()).isEqualTo(Reply.Kind.DIGEST);
        assertThat(digest.reply().plainText()).contains("Nothing new on North Korea");
        assertThat(digest.reply().citations()).isEmpty();
    }

    @Test
    void shows_at_most_the_configured_number_of_stories_and_says_how_many_came() {
        DigestComposer small = Composers.of(db, 2);
        put("Example News", "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Duration.ofHours(5), null);
        put("Example News", "Aid reaches Idlib", Articles.SYRIA_AID, Duration.ofHours(3), null);
        put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(2), null);

        Reply reply = small.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();

        assertThat(reply.sections()).hasSize(2);
        assertThat(reply.intro()).contains("3 new articles in 3 stories, the 2 most reported below");
    }

    @Test
    void a_newer_story_ranks_above_an_older_one_reported_as_widely() {
        put("Example News", "Aid reaches Idlib", Articles.SYRIA_AID, Duration.ofHours(20), null);
        put("Sports Daily", "Arsenal beat Chelsea", Articles.FOOTBALL, Duration.ofHours(1), null);

        Reply reply = composer.compose(daily(MONDAY, NOW.minus(Duration.ofDays(1)), NOW)).reply();

        assertThat(reply.sections()).extracting(Reply.Section::heading).containsExactly("Top of the day: Arsenal beat Chelsea (Sports Daily)",
                "Aid reaches Idlib (Example News)");
    }

    private static int number(Reply reply, Article a) {
        return reply.citations().stream().filter(c -> c.articleId() == a.id()).findFirst().orElseThrow().number();
    }
}
