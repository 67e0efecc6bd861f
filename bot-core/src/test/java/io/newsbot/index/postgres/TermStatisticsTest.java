package io.newsbot.index.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.RankFusion;
import io.newsbot.testing.TestDatabase;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Document frequencies on PostgreSQL: counted exactly on a small table; on a large one (here "large" is lowered to
 * 100 chunks) the common words' frequencies come from ANALYZE's statistics and only the rare words are counted.
 */
class TermStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    private void chunks(int n) {
        chunks(1, n);
        analyze();
    }

    private void chunks(long first, long last) {
        PostgresSearchIndex index = new PostgresSearchIndex(db.get(), 4, "test-embedder", RankFusion.DEFAULT, Clock.systemUTC());
        for (long id = first; id <= last; id++) {
            Article article = new Article(id, "loc" + id, "", "Report " + id, "Wire", T0, T0, "en", "h" + id, "body");
            String text = "The minister said the harbour would reopen" + (id % 10 == 0 ? " after the typhoon." : ".") + " Code zx" + id + ".";
            index.upsert(article, List.of(new Chunk(id, 0, List.of(new Chunk.Sentence(text, 0, text.length())))), null);
        }
        index.commit();
    }

    private void analyze() {
        db.get().run("analyze", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("analyze search_chunks");
            }
            return null;
        });
    }

    @Test
    void counts_exactly_on_a_small_table() throws Exception {
        chunks(300);
        TermStatistics.Stats stats = db.get().run("stats", c -> new TermStatistics(Clock.systemUTC()).stats(c, List.of("minist", "typhoon", "zx7")));
        assertThat(stats.total()).isEqualTo(300);
        assertThat(stats.df()).containsExactly(300, 30, 1);
    }

    @Test
    void takes_common_words_from_the_column_statistics_on_a_large_table() throws Exception {
        chunks(300);
        chunks(301, 350); // after the ANALYZE: counted, these would show; the statistics do not know them yet
        TermStatistics.Stats stats = db.get().run("stats", c -> new TermStatistics(Clock.systemUTC(), 100).stats(c, List.of("minist", "typhoon", "zx7")));
        assertThat(stats.total()).as("the planner's row estimate after ANALYZE").isEqualTo(300);
        assertThat(stats.df()[0]).as("in every chunk, from pg_stats").isEqualTo(300);
        assertThat(stats.df()[1]).as("in one chunk of ten").isBetween(25L, 35L);
        assertThat(stats.df()[2]).as("rare: counted").isEqualTo(1);
        assertThat(db.get().run("exact", c -> new TermStatistics(Clock.systemUTC()).stats(c, List.of("minist"))).df()).containsExactly(350);
        assertThat(stats.idf()[0]).isLessThan(stats.idf()[1]).isLessThan(stats.idf()[2]);
    }
}
