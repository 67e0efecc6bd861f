package io.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.jdbc.JdbcStoryStore;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps term statistics in memory between writes: closing the core writes them, so a restart counts the same. */
class StoryCountsOnCloseTest {
    @TempDir
    Path dir;

    private NewsbotCore open() {
        return TestCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    @Test
    void term_statistics_of_articles_placed_before_closing_are_there_after_reopening() {
        // Given a core that placed two articles about the same quake, fewer than a batch of counts
        try (NewsbotCore core = open()) {
            List<ArticleDraft> drafts = List.of("BBC", "Reuters").stream().map(outlet -> new ArticleDraft("https://" + outlet + "/quake",
                    "https://" + outlet + "/quake", "Quake strikes Aceh", outlet, TestCore.NOW,
                    outlet + " reports: a strong quake struck Aceh on Tuesday, officials said. Rescue teams reached the coast by the evening, where"
                            + " fishing villages lost their harbours and hundreds of homes. The regional disaster agency counted the damage"
                            + " through the night and asked for tents, water and medicine. Aftershocks shook the province until dawn, and"
                            + " schools stayed closed while engineers checked bridges and roads across the north of Sumatra.")).toList();
            assertThat(core.ingestor().ingestDrafts(drafts, null, Ingestor.Progress.NONE).added()).isEqualTo(2);
        }
        // When it is opened again
        try (NewsbotCore core = open()) {
            // Then the database counts both of them
            DocumentFrequencies f = new JdbcStoryStore(core.database()).frequencies(List.of());
            assertThat(f.documents()).isEqualTo(2);
        }
    }
}
