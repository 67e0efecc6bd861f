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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pgvector path of the PostgreSQL index: where the server has the extension (.ci/run builds it), vectors go into
 * a {@code vector} column and the nearest-neighbour query is one the HNSW index answers. Skipped without a
 * PostgreSQL, or on a server without pgvector.
 */
class PgvectorTest {
    private static final int DIMENSION = 8;
    private static final int ROWS = 3000; // enough that the planner prefers the index to a scan
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void needsPgvector() {
        boolean available = db.get().run("check", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from pg_available_extensions where name = 'vector'")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        });
        Assumptions.assumeTrue(available, "this PostgreSQL has no pgvector");
    }

    private PostgresSearchIndex index() {
        return new PostgresSearchIndex(db.get(), DIMENSION, "test-embedder", RankFusion.DEFAULT, Clock.systemUTC());
    }

    @Test
    void storesVectorsInPgvectorWhenTheServerHasIt() {
        PostgresSearchIndex index = index();
        assertThat(index.usesPgvector()).isTrue();
        String type = db.get().run("type", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'search_chunks'::regclass and attname = 'embedding'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(type).isEqualTo("vector(" + DIMENSION + ")");
    }

    @Test
    void nearestNeighboursComeFromTheHnswIndex() {
        PostgresSearchIndex index = index();
        Random random = new Random(7);
        List<float[]> stored = fill(index, random, id -> "Wire");
        float[] query = unit(random);
        // The query the index runs, with the vector inlined; no planner settings changed.
        String literal = "'" + VectorColumn.PGVECTOR.literal(query) + "'";
        String sql = PostgresQueries.nearestSql(VectorColumn.PGVECTOR, SearchQuery.Filter.NONE).replaceFirst("\\?", literal)
                .replaceFirst("\\?", literal).replaceFirst("\\?", "10");
        String plan = db.get().run("explain", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain " + sql)) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) out.append(rs.getString(1)).append('\n');
                return out.toString();
            }
        });
        assertThat(plan).contains("search_chunks_embedding");

        List<Long> found = new ArrayList<>();
        index.search(new SearchQuery("zzz", query, 5, SearchQuery.Filter.NONE)).passages().forEach(p -> found.add(p.articleId()));
        List<Long> exact = new ArrayList<>();
        for (long id = 1; id <= ROWS; id++) exact.add(id);
        exact.sort(Comparator.comparingDouble(id -> -dot(stored.get((int) (id - 1)), query)));
        assertThat(found).as("HNSW finds the exact nearest five").isEqualTo(exact.subList(0, 5));
    }

    @Test
    void a_publisher_filter_gets_the_nearest_chunks_of_that_publisher() {
        PostgresSearchIndex index = index();
        Random random = new Random(11);
        List<Long> gazetteIds = new ArrayList<>();
        for (long id = 300; id <= ROWS; id += 300) gazetteIds.add(id); // 10 of 3,000, from one publisher
        List<float[]> vectors = fill(index, random, id -> gazetteIds.contains(id) ? "Gazette" : "Wire");
        var since = new SearchQuery.Filter(null, null, java.util.Set.of("gazette"));
        boolean selective = db.get().run("decide", c -> PostgresQueries.exactFor(c, since));
        boolean unfiltered = db.get().run("decide", c -> PostgresQueries.exactFor(c, SearchQuery.Filter.NONE));
        assertThat(selective).as("10 rows: read them, skip the graph").isTrue();
        assertThat(unfiltered).isFalse();
        float[] query = unit(random);
        List<Long> found = new ArrayList<>();
        index.search(new SearchQuery("zzz", query, 5, since)).passages().forEach(p -> found.add(p.articleId()));
        List<Long> exact = new ArrayList<>(gazetteIds);
        exact.sort(Comparator.comparingDouble(id -> -dot(vectors.get((int) (id - 1)), query)));
        assertThat(found).as("the nearest five of the publisher's ten").isEqualTo(exact.subList(0, 5));
    }

    /** {@link #ROWS} one-chunk articles with random unit vectors (returned in id order), then ANALYZE. */
    private List<float[]> fill(PostgresSearchIndex index, Random random, java.util.function.LongFunction<String> publisher) {
        List<float[]> vectors = new ArrayList<>();
        for (long id = 1; id <= ROWS; id++) {
            Article article = new Article(id, "loc" + id, "", "Article " + id, publisher.apply(id), T0, T0, "en", "h" + id, "body");
            Chunk chunk = new Chunk(id, 0, List.of(new Chunk.Sentence("Sentence number " + id + ".", 0, 20)));
            float[] vector = unit(random);
            vectors.add(vector);
            index.upsert(article, List.of(chunk), List.of(vector));
        }
        index.commit();
        db.get().run("analyze", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("analyze search_chunks");
            }
            return null;
        });
        return vectors;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSION; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }
}
