package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.InPlaceReindexer;
import io.newsbot.ingest.Ingestor;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement store follows the articles: ingest, replacement, removal, re-index and a new extractor version. */
class StatementsFollowArticlesTest {
    @TempDir
    Path dir;
    NewsbotCore core;

    @BeforeEach
    void openEmptyCore() {
        core = open();
    }

    @AfterEach
    void close() {
        if (core != null) core.close();
    }

    private NewsbotCore open() {
        return TestCore.open(CoreSettings.defaults(dir).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    private long ingest(String text) {
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:talks", "", "Talks in Geneva", "Example News", TestCore.NOW, text)), null,
                Ingestor.Progress.NONE);
        return core.articles().allIds().get(0);
    }

    private static final String TALKS = "Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday for another round of talks. "
            + "\"We are ready to talk for as long as it takes,\" Lavrov said. He added that no deal was close.";

    @Test
    void an_ingested_article_has_its_statements_labelled_with_the_full_name() {
        long id = ingest(TALKS);

        assertThat(core.statements().byName("lavrov")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.articleId()).isEqualTo(id);
            assertThat(s.speaker()).isEqualTo("Sergei Lavrov");
            assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
        });
        assertThat(core.statements().byName("lavrov")).extracting(Statement::text).contains("\"We are ready to talk for as long as it takes,\" Lavrov said.");
    }

    @Test
    void a_replaced_article_has_its_new_statements_and_a_removed_one_none() {
        long id = ingest(TALKS);
        ingest(TALKS.replace("for as long as it takes", "only until Friday"));

        assertThat(core.statements().byName("lavrov")).extracting(Statement::text).anyMatch(t -> t.contains("only until Friday"))
                .noneMatch(t -> t.contains("as long as it takes"));

        core.ingestor().remove(core.articles().allIds().get(0));

        assertThat(core.statements().byName("lavrov")).isEmpty();
        assertThat(core.statements().extractions()).isEmpty();
        assertThat(id).isPositive();
    }

    @Test
    void a_reindex_extracts_the_statements_again() {
        long id = ingest(TALKS);
        core.statements().replace(new StatementStore.Extraction(id, "h", "lost"), List.of());

        new InPlaceReindexer(core.articles(), core.indexer()).run(n -> { }, () -> false);

        assertThat(core.statements().byName("lavrov")).isNotEmpty();
    }

    @Test
    void statements_from_an_older_extractor_version_are_extracted_again_on_start() {
        long id = ingest(TALKS);
        core.statements().replace(new StatementStore.Extraction(id, "h", "statements-0/quotes-0"), List.of());
        assertThat(core.statements().byName("lavrov")).isEmpty();
        core.close();

        core = open();

        assertThat(core.statements().byName("lavrov")).isNotEmpty();
        assertThat(core.statements().extractions().get(id).version()).isNotEqualTo("statements-0/quotes-0");
    }

    @Test
    void statements_of_articles_the_store_no_longer_has_are_dropped_on_start() {
        ingest(TALKS);
        core.statements().replace(new StatementStore.Extraction(999, "h", "v"),
                List.of(new Statement(999, "Ghost Writer", SpeakerKind.PERSON, "said", false, 0, 10, "Boo, he said.")));
        core.close();

        core = open();

        assertThat(core.statements().byName("writer")).isEmpty();
        assertThat(core.statements().extractions()).doesNotContainKey(999L);
    }
}
