package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchQuery;
import io.newsbot.ingest.Ingestor;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that names no dates prefers the news of the last few days ({@link Recency}), yet is still answered from
 * older articles when nothing recent covers it, and refused no more often than without the preference.
 */
class RecentNewsTest {
    private static final Clock CLOCK = Clock.fixed(TestCore.NOW, ZoneOffset.UTC);
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static Map<Long, String> titles;

    @BeforeAll
    static void openCoreWithAnOldAndANewStorm() {
        core = NewsbotCore.open(CoreSettings.defaults(dataDir).withSeedDemo(false), CLOCK);
        core.ingestor().ingestDrafts(List.of(
                article("test:recent", "Storm Lena floods Roscoff", 3, "Storm Lena hit the harbour of Roscoff in Brittany on Friday night."
                        + " Firefighters said 42 people were rescued from the flooded houses by boat."),
                // The older storm's article repeats the question's words, so by words alone it ranks first.
                article("test:older", "Storm Karl floods the harbour of Roscoff", 300, "Storm Karl flooded the harbour of Roscoff, and the"
                        + " flooded harbour of Roscoff stayed closed. Firefighters said 12 people were rescued from the flooded houses by boat."),
                // Near twins: the older one names the riders once more, so by words it ranks first by a hair, which the
                // shipped preference for this week's news outweighs.
                article("test:tram-old", "Tram line opens in Brest", 400, "The new tram line of Brest opened to passengers on Saturday, and"
                        + " the mayor said the line would carry twenty thousand riders a day between the port and the university. Riders"
                        + " pay one euro."),
                article("test:tram-new", "Tram line opens in Brest", 2, "The new tram line of Brest opened to passengers on Saturday, and"
                        + " the mayor said the line would carry thirty thousand riders a day between the port and the university. Tickets"
                        + " cost one euro."),
                article("test:volcano", "Volcano erupts in Iceland", 200, "A volcano erupted on the Reykjanes peninsula of Iceland, and the"
                        + " fishing town of Grindavik was evacuated as lava flowed towards its houses and its harbour.")),
                null, Ingestor.Progress.NONE);
        titles = core.articles().byIds(List.copyOf(core.index().articleIds())).stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.title()));
    }

    private static ArticleDraft article(String id, String title, int daysAgo, String text) {
        return new ArticleDraft(id, "https://example.com/" + id.substring(5), title, "Example News", TestCore.NOW.minus(Duration.ofDays(daysAgo)), text);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static Retriever retriever(Recency recency) {
        return new Retriever(core.index(), core.embedder(), core.settings().coverage(), CLOCK, recency);
    }

    private static Question question(String text, String topic) {
        return new Question(text, topic, "", SearchQuery.Filter.NONE, Question.Intent.ABOUT);
    }

    private static List<String> rankedTitles(Retriever.Retrieval retrieval) {
        return retrieval.result().passages().stream().map(Passage::articleId).map(titles::get).distinct().toList();
    }

    @Test
    void ranks_the_last_days_article_first_when_an_older_one_matches_as_well() {
        Question q = question("Which storm flooded the harbour of Roscoff?", "storm flooded the harbour of Roscoff");

        Retriever.Retrieval byWords = retriever(Recency.NONE).retrieve(q, 8);
        Retriever.Retrieval recentFirst = retriever(new Recency(7, 0.5)).retrieve(q, 8);

        assertThat(rankedTitles(byWords)).first().isEqualTo("Storm Karl floods the harbour of Roscoff");
        assertThat(rankedTitles(recentFirst)).startsWith("Storm Lena floods Roscoff", "Storm Karl floods the harbour of Roscoff");
        assertThat(recentFirst.covered()).isTrue();
    }

    @Test
    void answers_from_older_articles_when_nothing_recent_covers_the_question() {
        Retriever.Retrieval retrieval = retriever(new Recency(7, 0.5)).retrieve(
                question("Which town was evacuated as lava flowed towards it?", "town was evacuated as lava flowed towards it"), 8);

        assertThat(retrieval.covered()).isTrue();
        assertThat(rankedTitles(retrieval)).first().isEqualTo("Volcano erupts in Iceland");
    }

    @Test
    void the_shipped_preference_settles_a_tie_for_this_weeks_article() {
        Question q = question("How many riders a day will the new tram line of Brest carry?", "riders a day will the new tram line of Brest carry");

        Retriever.Retrieval byWords = retriever(Recency.NONE).retrieve(q, 8);
        Retriever.Retrieval retrieval = core.retriever().retrieve(q, 8);

        assertThat(core.articles().byIds(List.of(byWords.result().passages().get(0).articleId())).get(0).locator()).isEqualTo("test:tram-old");
        assertThat(core.articles().byIds(List.of(retrieval.result().passages().get(0).articleId())).get(0).locator()).isEqualTo("test:tram-new");
    }

    @Test
    void the_bot_still_answers_a_question_about_an_old_article() {
        io.newsbot.platform.Reply reply = TestCore.ask(core, "Which town was evacuated as lava flowed towards it?");

        assertThat(reply.kind()).isEqualTo(io.newsbot.platform.Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("Grindavik");
    }

    @Test
    void judges_coverage_on_the_whole_corpus_as_without_the_preference() {
        Question q = question("What did the central bank decide on interest rates?", "central bank decide on interest rates");

        assertThat(retriever(new Recency(7, 0.5)).retrieve(q, 8).covered()).isEqualTo(retriever(Recency.NONE).retrieve(q, 8).covered()).isFalse();
    }

    @Test
    void leaves_a_question_with_its_own_dates_to_them() {
        SearchQuery.Filter older = new SearchQuery.Filter(null, TestCore.NOW.minus(Duration.ofDays(100)), java.util.Set.of());
        Question q = new Question("Which storm flooded the harbour of Roscoff before?", "storm flooded the harbour of Roscoff", "", older,
                Question.Intent.ABOUT);

        assertThat(rankedTitles(retriever(new Recency(7, 0.5)).retrieve(q, 8))).startsWith("Storm Karl floods the harbour of Roscoff")
                .doesNotContain("Storm Lena floods Roscoff");
    }
}
