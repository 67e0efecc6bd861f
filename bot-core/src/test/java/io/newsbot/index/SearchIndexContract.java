package io.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk.Sentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} does, whatever it runs on. Vectors are 4-dimensional unit vectors chosen by
 * hand, so the vector side's expected order is known.
 */
public abstract class SearchIndexContract {
    protected static final int DIMENSION = 4;
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final float[] NORTH = {1, 0, 0, 0};
    private static final float[] EAST = {0, 1, 0, 0};
    private static final float[] UP = {0, 0, 1, 0};
    private static final float[] NORTH_EAST = {0.70710677f, 0.70710677f, 0, 0};
    private SearchIndex index;

    /** A new, empty index for {@link #DIMENSION}-dimensional vectors made by the named embedder. */
    protected abstract SearchIndex newIndex(String embedderName);

    /** The same index opened again, as after a restart. */
    protected abstract SearchIndex reopen(String embedderName);

    @BeforeEach
    void openIndex() {
        index = newIndex("test-embedder");
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private static Article article(long id, String title, String publisher, Instant published) {
        return new Article(id, "loc" + id, "", title, publisher, published, T0, "en", "h" + id, "body");
    }

    private static Chunk chunk(long articleId, int ordinal, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            out.add(new Sentence(s, at, at + s.length()));
            at += s.length() + 1;
        }
        return new Chunk(articleId, ordinal, out);
    }

    private void corpus() {
        index.upsert(article(1, "Lavrov on Syria", "Reuters", T0.minusSeconds(86_400)),
                List.of(chunk(1, 0, "Lavrov said Moscow could help with Syria.", "Officials said talks went on."),
                        chunk(1, 1, "The ministry said nothing more.")), List.of(NORTH, EAST));
        index.upsert(article(2, "Markets", "AP", T0),
                List.of(chunk(2, 0, "Stocks rose as officials said inflation eased.")), List.of(UP));
        index.upsert(article(3, "Weather", "AP", T0.minusSeconds(3600)),
                List.of(chunk(3, 0, "Rain is expected in Paris, officials said.")), List.of(NORTH_EAST));
        index.commit();
    }

    private static SearchQuery query(String text, float[] vector, int k) {
        return new SearchQuery(text, vector, k, SearchQuery.Filter.NONE);
    }

    @Test
    void finds_a_chunk_by_its_rare_words_first_with_its_sentences() {
        corpus();
        SearchResult result = index.search(query("What did Lavrov say about Syria?", null, 3));
        Passage top = result.passages().get(0);
        assertThat(top.articleId()).isEqualTo(1);
        assertThat(top.ordinal()).isZero();
        assertThat(top.lexicalRank()).isEqualTo(1);
        assertThat(top.vectorRank()).isZero();
        assertThat(top.sentences()).containsExactly(new Sentence("Lavrov said Moscow could help with Syria.", 0, 41),
                new Sentence("Officials said talks went on.", 42, 71));
        assertThat(top.text()).startsWith("Lavrov said");
    }

    @Test
    void matches_the_title_and_word_forms() {
        corpus();
        SearchResult result = index.search(query("markets", null, 1));
        assertThat(result.passages()).extracting(Passage::articleId).containsExactly(2L);
        assertThat(index.search(query("expecting rains", null, 1)).passages()).extracting(Passage::articleId).containsExactly(3L);
    }

    @Test
    void judges_coverage_by_the_share_of_rare_words_matched() {
        corpus();
        assertThat(index.search(query("Lavrov Syria", null, 3)).lexicalCoverage()).isGreaterThan(0.5);
        assertThat(index.search(query("Lavrov weather Tokyo earthquake", null, 3)).lexicalCoverage()).isLessThan(0.5);
        assertThat(index.search(query("zeppelin", null, 3)).passages()).isEmpty();
        assertThat(index.search(query("zeppelin", null, 3)).lexicalCoverage()).isZero();
    }

    @Test
    void ranks_by_vector_similarity_and_reports_the_best_cosine() {
        corpus();
        SearchResult result = index.search(query("", NORTH, 3));
        assertThat(result.passages()).extracting(p -> p.articleId() + ":" + p.ordinal()).containsExactly("1:0", "3:0", "1:1");
        assertThat(result.bestCosine()).isCloseTo(1.0, within(1e-4));
        assertThat(result.passages().get(0).cosine()).isCloseTo(1.0, within(1e-4));
        assertThat(result.passages().get(1).cosine()).isCloseTo(0.7071, within(1e-3));
        assertThat(result.passages().get(0).vectorRank()).isEqualTo(1);
    }

    @Test
    void puts_a_chunk_found_both_ways_above_one_found_one_way() {
        corpus();
        // "rain" finds article 3 lexically; EAST finds 1:1 first by vector, then 3:0 second.
        SearchResult result = index.search(query("rain", EAST, 3));
        assertThat(result.passages().get(0).articleId()).isEqualTo(3);
        assertThat(result.passages().get(0).lexicalRank()).isEqualTo(1);
        assertThat(result.passages().get(0).vectorRank()).isEqualTo(2);
        assertThat(result.passages().get(0).score()).isGreaterThan(result.passages().get(1).score());
    }

    @Test
    void returns_at_most_k_passages() {
        corpus();
        assertThat(index.search(query("officials said", NORTH, 2)).passages()).hasSize(2);
    }

    @Test
    void keeps_to_the_publication_window_and_publishers_asked_for() {
        corpus();
        SearchQuery.Filter apToday = new SearchQuery.Filter(T0.minusSeconds(7200), T0.plusSeconds(1), Set.of("ap"));
        SearchResult result = index.search(new SearchQuery("officials said", NORTH, 5, apToday));
        assertThat(result.passages()).extracting(Passage::articleId).containsOnly(2L, 3L);
        SearchQuery.Filter beforeT0 = new SearchQuery.Filter(null, T0, Set.of());
        assertThat(index.search(new SearchQuery("stocks", UP, 5, beforeT0)).passages()).extracting(Passage::articleId)
                .doesNotContain(2L);
    }

    @Test
    void keeps_to_the_articles_asked_for_in_both_lexical_and_vector_search() {
        corpus();
        SearchQuery.Filter onlyWeather = SearchQuery.Filter.NONE.withArticles(Set.of(3L));
        // Article 1 ranks first on both sides unfiltered; kept to article 3, only its chunk may come back.
        assertThat(index.search(new SearchQuery("Lavrov officials said", null, 5, onlyWeather)).passages())
                .extracting(Passage::articleId).containsExactly(3L);
        assertThat(index.search(new SearchQuery("Lavrov", NORTH, 5, onlyWeather)).passages())
                .extracting(Passage::articleId).containsExactly(3L);
        SearchQuery.Filter lavrovOrMarkets = SearchQuery.Filter.NONE.withArticles(Set.of(1L, 2L));
        assertThat(index.search(new SearchQuery("officials said", NORTH_EAST, 5, lavrovOrMarkets)).passages())
                .extracting(Passage::articleId).containsOnly(1L, 2L).contains(1L, 2L);
    }

    @Test
    void combines_the_article_filter_with_the_publisher_filter() {
        corpus();
        SearchQuery.Filter apAmongOneAndTwo = new SearchQuery.Filter(null, null, Set.of("ap"), Set.of(1L, 2L));
        assertThat(index.search(new SearchQuery("officials said", NORTH, 5, apAmongOneAndTwo)).passages())
                .extracting(Passage::articleId).containsExactly(2L);
    }

    @Test
    void replaces_an_articles_chunks_on_upsert() {
        corpus();
        index.upsert(article(1, "Lavrov on Iran", "Reuters", T0), List.of(chunk(1, 0, "Lavrov spoke about Iran.")), List.of(EAST));
        index.commit();
        assertThat(index.chunkCount()).isEqualTo(3);
        assertThat(index.search(query("Syria", null, 5)).passages()).isEmpty();
        assertThat(index.search(query("Iran", null, 5)).passages()).extracting(Passage::articleId).containsExactly(1L);
    }

    @Test
    void forgets_removed_articles_and_everything_on_clear() {
        corpus();
        assertThat(index.articleIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(index.chunkCount()).isEqualTo(4);
        index.remove(1);
        index.commit();
        assertThat(index.articleIds()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(index.search(query("Lavrov", NORTH, 5)).passages()).extracting(Passage::articleId).doesNotContain(1L);
        index.clear();
        index.commit();
        assertThat(index.articleIds()).isEmpty();
        assertThat(index.chunkCount()).isZero();
    }

    @Test
    void keeps_chunks_and_the_embedder_name_across_a_restart() {
        corpus();
        index.setEmbedderName("other-model");
        index.commit();
        index.close();
        index = reopen("ignored-when-the-index-has-a-name");
        assertThat(index.embedderName()).isEqualTo("other-model");
        assertThat(index.chunkCount()).isEqualTo(4);
        assertThat(index.search(query("Lavrov", null, 1)).passages()).extracting(Passage::articleId).containsExactly(1L);
    }

    @Test
    void indexes_chunks_without_vectors_for_lexical_search() {
        index.upsert(article(7, "No vectors", "AP", T0), List.of(chunk(7, 0, "Plain words about zeppelins.")), null);
        index.commit();
        assertThat(index.search(query("zeppelins", NORTH, 5)).passages()).extracting(Passage::articleId).containsExactly(7L);
    }
}
