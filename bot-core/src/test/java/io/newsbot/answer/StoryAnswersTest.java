package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic answers by story: one event's outlets under one heading that names them, differing counts shown side by side. */
class StoryAnswersTest {
    @TempDir
    static Path dir;
    static NewsbotCore core;

    @BeforeAll
    static void open() {
        core = TestCore.open(dir);
        core.ingestor().ingestDrafts(List.of(
                quake("https://alpha.example/quake", "Alpha News", "24"),
                quake("https://beta.example/quake", "Beta Wire", "31")), null, Ingestor.Progress.NONE);
    }

    private static ArticleDraft quake(String url, String outlet, String dead) {
        return new ArticleDraft(url, url, "Earthquake strikes the coast of Ardania", outlet, TestCore.NOW,
                "A strong earthquake struck the coast of Ardania on Sunday morning, flattening houses in the port town of Velmora. "
                        + dead + " people were killed in the earthquake, the regional governor said. Rescue teams searched the rubble "
                        + "of the harbour district through the night, and the Ardanian government declared three days of mourning.",
                List.of());
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void a_story_told_by_two_outlets_is_one_section_that_names_them_and_shows_where_their_counts_differ() {
        Reply reply = TestCore.ask(core, "How many people were killed in the earthquake in Ardania?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Earthquake strikes the coast of Ardania (Reported by 2 outlets: Alpha News and Beta Wire)");
            assertThat(section.items()).anySatisfy(item -> {
                assertThat(item.text()).startsWith("Outlets differ on ").contains("24 (Alpha News)", "31 (Beta Wire)");
                assertThat(item.citations()).hasSize(2);
            });
        });
    }
}
