package io.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.StoryGrouper;
import io.newsbot.story.jdbc.JdbcStoryStore;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps term statistics in memory between writes: closing the core writes them, so a restart counts the same. */
class StoryCountsOnCloseTest {
    @TempDir
    Path dir;

    @Test
    void term_statistics_of_articles_placed_before_closing_are_there_after_reopening() {
        // Given a core that placed two articles about the same quake, fewer than a batch of counts
        try (NewsbotCore core = TestCore.open(dir)) {
            for (String outlet : List.of("BBC", "Reuters")) {
                Article a = new Article(0, "quake/" + outlet, "https://example.com/" + outlet, "Quake strikes Aceh", outlet, TestCore.NOW,
                        TestCore.NOW, "en", "quake-" + outlet, "A strong quake struck Aceh on Tuesday, officials said.");
                Article stored = core.articles().put(a, null, r -> { }).article();
                core.storyGrouper().place(new StoryGrouper.Arrival(stored.id(), outlet, TestCore.NOW, stored.title(), stored.body(), List.of()));
            }
        }
        // When it is opened again
        try (NewsbotCore core = TestCore.open(dir)) {
            // Then the database counts both of them (the demo articles placed in the background say nothing of Aceh)
            DocumentFrequencies f = new JdbcStoryStore(core.database()).frequencies(List.of("aceh"));
            assertThat(f.counts()).containsEntry("aceh", 2);
        }
    }
}
