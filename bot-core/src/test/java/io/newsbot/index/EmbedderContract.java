package io.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Embedder} does; each implementation's test extends this. */
public abstract class EmbedderContract {
    private static final String SANCTIONS = "The European Union agreed new sanctions on Russia, its foreign ministers said on Monday.";
    private static final String PIER = "The harbour authority said the new pier will open next spring after engineers tested its foundations.";

    protected abstract Embedder embedder();

    @Test
    void has_a_name_and_a_positive_dimension() {
        assertThat(embedder().name()).isNotBlank();
        assertThat(embedder().dimension()).isPositive();
    }

    @Test
    void embeds_each_passage_in_order_as_a_unit_vector_of_its_dimension() {
        List<float[]> vectors = embedder().embedPassages(List.of(SANCTIONS, PIER));

        assertThat(vectors).hasSize(2).allSatisfy(v -> {
            assertThat(v).hasSize(embedder().dimension());
            assertThat(norm(v)).isCloseTo(1.0, within(1e-3));
        });
        assertThat(vectors.get(0)).isEqualTo(embedder().embedPassages(List.of(SANCTIONS)).get(0));
        assertThat(vectors.get(1)).isEqualTo(embedder().embedPassages(List.of(PIER)).get(0));
    }

    @Test
    void no_passages_give_no_vectors() {
        assertThat(embedder().embedPassages(List.of())).isEmpty();
    }

    @Test
    void a_query_is_a_unit_vector_and_the_same_text_gives_the_same_vector() {
        float[] query = embedder().embedQuery("sanctions on Russia");

        assertThat(query).hasSize(embedder().dimension());
        assertThat(norm(query)).isCloseTo(1.0, within(1e-3));
        assertThat(embedder().embedQuery("sanctions on Russia")).isEqualTo(query);
    }

    @Test
    void a_query_is_nearer_the_passage_about_it_than_an_unrelated_one() {
        float[] query = embedder().embedQuery("sanctions on Russia");
        List<float[]> passages = embedder().embedPassages(List.of(SANCTIONS, PIER));

        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(1)));
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }
}
