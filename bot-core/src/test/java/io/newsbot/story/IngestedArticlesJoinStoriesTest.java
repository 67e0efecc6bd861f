package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.CoreSettings;
import io.newsbot.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core groups what it ingests: the whole path from drafts to stories, with the real embedding model. */
class IngestedArticlesJoinStoriesTest {
    private static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");

    @TempDir
    Path dir;

    private NewsbotCore open() {
        return NewsbotCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    private static ArticleDraft draft(String id, String outlet, String title, String body, Instant published) {
        return new ArticleDraft("https://" + outlet + "/" + id, "https://" + outlet + "/" + id, title, outlet, published, body);
    }

    private static Article stored(NewsbotCore core, String outlet) {
        return core.articles().latest(50).stream().filter(a -> a.publisher().equals(outlet)).findFirst().orElseThrow();
    }

    @Test
    void two_outlets_reporting_one_event_make_one_story_that_outlives_a_restart() {
        try (NewsbotCore core = open()) {
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
        try (NewsbotCore core = open()) {
            assertThat(core.stories().storyOf(stored(core, "bbc.co.uk").id()).orElseThrow().outlets()).containsExactly("bbc.co.uk", "reuters.com");
        }
    }

    @Test
    void articles_stored_without_a_story_are_grouped_by_the_backfill() {
        try (NewsbotCore core = open()) {
            // Stored as an older version would have stored them, without a story.
            Article a = core.articles().put(new Article(0, "old:a", "https://bbc.co.uk/a", "Aceh earthquake kills 24", "bbc.co.uk", T0, T0, "en", "ha",
                    StoryGrouperTest.ACEH_BBC), null, r -> { }).article();
            Article b = core.articles().put(new Article(0, "old:b", "https://reuters.com/b", "Rescuers search rubble after deadly Aceh quake", "reuters.com",
                    T0.plus(Duration.ofHours(9)), T0, "en", "hb", StoryGrouperTest.ACEH_REUTERS), null, r -> { }).article();
            StoryStore store = new io.newsbot.story.jdbc.JdbcStoryStore(core.database());
            StoryBackfill backfill = new StoryBackfill(store, core.storyGrouper(), core.articles(), x -> core.indexer().prepare(x).vectors(), 200);

            int placed = backfill.run(() -> false);

            assertThat(placed).isGreaterThanOrEqualTo(0);
            assertThat(store.unplaced(10)).isEmpty();
            assertThat(core.stories().storyOf(b.id()).orElseThrow().articleIds()).containsExactly(a.id(), b.id());
        }
    }
}
