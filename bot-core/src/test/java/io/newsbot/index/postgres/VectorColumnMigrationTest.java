package io.newsbot.index.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.RankFusion;
import io.newsbot.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The search tables come from Flyway (V10), and the index fits their vector column to the model: its dimension
 * under pgvector, emptied for a rebuild when the model's dimension changes. Skipped without a PostgreSQL.
 */
class VectorColumnMigrationTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Test
    void the_migrated_database_has_the_search_tables_before_any_index_opens() {
        assertThat(columnType()).isEqualTo("real[]");
        assertThat(count("select count(*) from search_chunks")).isZero();
        assertThat(count("select count(*) from search_meta")).isZero();
    }

    @Test
    void vectors_of_a_model_with_another_dimension_fit_after_the_index_reopens() {
        Assumptions.assumeTrue(pgvectorAvailable(), "this PostgreSQL has no pgvector");
        PostgresSearchIndex first = index(4, true);
        assertThat(columnType()).isEqualTo("vector(4)");
        first.upsert(article(1), List.of(chunk(1)), List.of(unit(4)));
        assertThat(first.chunkCount()).isEqualTo(1);

        PostgresSearchIndex second = index(6, true);
        assertThat(columnType()).isEqualTo("vector(6)");
        assertThat(second.chunkCount()).as("vectors of the old model are dropped, to be rebuilt").isZero();
        second.upsert(article(2), List.of(chunk(2)), List.of(unit(6)));
        assertThat(second.search(new SearchQuery("sentence", unit(6), 5, SearchQuery.Filter.NONE)).passages())
                .extracting(p -> p.articleId()).contains(2L);
    }

    @Test
    void an_index_kept_as_arrays_stays_arrays_when_reopened() {
        index(4, false).upsert(article(1), List.of(chunk(1)), List.of(unit(4)));
        assertThat(index(4, true).usesPgvector()).isFalse();
        assertThat(columnType()).isEqualTo("real[]");
    }

    private PostgresSearchIndex index(int dimension, boolean pgvector) {
        return new PostgresSearchIndex(db.get(), dimension, "test-embedder", RankFusion.DEFAULT, Clock.systemUTC(), pgvector);
    }

    private boolean pgvectorAvailable() {
        return count("select count(*) from pg_available_extensions where name = 'vector'") > 0;
    }

    private String columnType() {
        return db.get().run("type", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'search_chunks'::regclass and attname = 'embedding'")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private long count(String sql) {
        return db.get().run("count", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Article article(long id) {
        return new Article(id, "loc" + id, "", "Article " + id, "Wire", T0, T0, "en", "h" + id, "body");
    }

    private static Chunk chunk(long id) {
        return new Chunk(id, 0, List.of(new Chunk.Sentence("A sentence number " + id + ".", 0, 20)));
    }

    private static float[] unit(int dimension) {
        float[] v = new float[dimension];
        v[0] = 1f;
        return v;
    }
}
