package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core groups what it ingests: from drafts to stories, with the real embedding model, on both stores. */
class IngestedArticlesJoinStoriesTest {
    private static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");
    private String schema;

    @TempDir
    Path dir;

    @AfterEach
    void dropSchema() {
        if (schema != null) TestDatabase.dropSchema(schema);
    }

    private NewsbotCore open(StoreSettings store) {
        return TestCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false), store, Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    private StoreSettings postgres() {
        TestDatabase.postgresUrl();
        schema = TestDatabase.uniqueName();
        return StoreSettings.postgres(TestDatabase.newSchemaUrl(schema), "", "");
    }

    private static ArticleDraft draft(String id, String outlet, String title, String body, Instant published) {
        return new ArticleDraft("https://" + outlet + "/" + id, "https://" + outlet + "/" + id, title, outlet, published, body);
    }

    private static Article stored(NewsbotCore core, String outlet) {
        return core.articles().latest(50).stream().filter(a -> a.publisher().equals(outlet)).findFirst().orElseThrow();
    }

    private void two_outlets_reporting_one_event_make_one_story_that_outlives_a_restart(StoreSettings store) {
        try (NewsbotCore core = open(store)) {
            core.ingestor().ingestDrafts(List.of(
                    draft("a", "bbc.co.uk", "Aceh earthquake kills 24", StoryGrouperTest.ACEH_BBC, T0),
                    draft("b", "reuters.com", "Rescuers search rubble after deadly Aceh quake", StoryGrouperTest.ACEH_REUTERS, T0.plus(Duration.ofHours(9))),
                    draft("c", "afp.com", "Quakes hit Indonesia's West Papua", StoryGrouperTest.PAPUA, T0.plus(Duration.ofDays(3))),
                    draft("d", "sport.example", "Arsenal beat Chelsea", StoryGrouperTest.FOOTBALL, T0)), null, Ingestor.Progress.NONE);

            Story aceh = core.stories().storyOf(stored(core, "reuters.com").id()).orElseThrow();
            assertThat(aceh.outlets()).containsExactly("bbc.co.uk", "reuters.com");
            assertThat(core.stories().storyOf(stored(core, "afp.com").id()).orElseThrow().articles()).hasSize(1);
            assertThat(core.stories().storyOf(stored(core, "sport.example").id()).orElseThrow().articles()).hasSize(1);
        }
        try (NewsbotCore core = open(store)) {
            assertThat(core.stories().storyOf(stored(core, "bbc.co.uk").id()).orElseThrow().outlets()).containsExactly("bbc.co.uk", "reuters.com");
        }
    }

    @Test
    void two_outlets_reporting_one_event_make_one_story_on_the_embedded_store() {
        two_outlets_reporting_one_event_make_one_story_that_outlives_a_restart(StoreSettings.EMBEDDED);
    }

    @Test
    void two_outlets_reporting_one_event_make_one_story_on_postgresql() {
        two_outlets_reporting_one_event_make_one_story_that_outlives_a_restart(postgres());
    }

    @Test
    void articles_stored_without_a_story_are_grouped_on_the_next_start() throws Exception {
        Article a;
        Article b;
        try (NewsbotCore core = open(StoreSettings.EMBEDDED)) {
            core.storyBackfill().get(60, TimeUnit.SECONDS);
            // Stored as the version before stories stored them: without one.
            a = core.articles().put(new Article(0, "old:a", "https://bbc.co.uk/a", "Aceh earthquake kills 24", "bbc.co.uk", T0, T0, "en", "ha",
                    StoryGrouperTest.ACEH_BBC), null, r -> { }).article();
            b = core.articles().put(new Article(0, "old:b", "https://reuters.com/b", "Rescuers search rubble after deadly Aceh quake", "reuters.com",
                    T0.plus(Duration.ofHours(9)), T0, "en", "hb", StoryGrouperTest.ACEH_REUTERS), null, r -> { }).article();
            assertThat(core.stories().storyOf(a.id())).isEmpty();
        }
        try (NewsbotCore core = open(StoreSettings.EMBEDDED)) {
            assertThat(core.storyBackfill().get(120, TimeUnit.SECONDS)).isEqualTo(2);

            assertThat(core.stories().storyOf(b.id()).orElseThrow().articleIds()).containsExactly(a.id(), b.id());
        }
    }
}
