package io.newsbot.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Passage;
import io.newsbot.index.RankFusion;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFusionTest {
    @TempDir
    Path dir;

    @Test
    void scores_add_the_weighted_lexical_share_and_cosine() {
        RankFusion f = new RankFusion(RankFusion.Method.SCORES, 60, 1.0, 0.5, 50);

        assertThat(f.score(3, 0.8, 0, Double.NaN)).isCloseTo(0.8, within(1e-9));
        assertThat(f.score(0, 0.0, 1, 0.6)).isCloseTo(0.3, within(1e-9));
        assertThat(f.score(1, 0.5, 2, 0.4)).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void ranks_use_reciprocal_rank_fusion() {
        RankFusion f = new RankFusion(RankFusion.Method.RANKS, 60, 1.0, 0.5, 50);

        assertThat(f.score(1, 0.9, 2, 0.9)).isCloseTo(1.0 / 61 + 0.5 / 62, within(1e-12));
    }

    @Test
    void the_configured_constructor_fuses_by_score() {
        assertThat(new RankFusion(60, 1.0, 0.5, 50).method()).isEqualTo(RankFusion.Method.SCORES);
    }

    @Test
    void a_close_meaning_lifts_a_passage_over_one_that_matches_more_words() {
        try (LuceneSearchIndex index = open(1.0)) {
            index.upsert(article(1, "Budget"), List.of(chunk(1, "Parliament debated the budget for hours.")), List.of(new float[] {1, 0, 0}));
            index.upsert(article(2, "Budget"), List.of(chunk(2, "The budget vote was close, and the budget passed.")), List.of(new float[] {0, 1, 0}));
            index.upsert(article(3, "Weather"), List.of(chunk(3, "Rain fell on the city all day.")), List.of(new float[] {0, 0, 1}));
            index.commit();
        }
        SearchQuery query = new SearchQuery("budget vote", new float[] {1, 0.05f, 0}, 5, null);

        List<Passage> bm25 = search(0.0, query).passages();
        List<Passage> fused = search(1.0, query).passages();

        assertThat(bm25).extracting(Passage::articleId).containsExactly(2L, 1L);
        assertThat(bm25).allSatisfy(p -> assertThat(p.vectorRank()).isZero());
        assertThat(fused).extracting(Passage::articleId).startsWith(1L, 2L);
        assertThat(fused).allSatisfy(p -> assertThat(p.cosine()).isNotNaN());
    }

    private LuceneSearchIndex open(double vectorWeight) {
        return new LuceneSearchIndex(dir, "test", new RankFusion(RankFusion.Method.SCORES, 60, 1.0, vectorWeight, 50));
    }

    private SearchResult search(double vectorWeight, SearchQuery query) {
        try (LuceneSearchIndex index = open(vectorWeight)) {
            return index.search(query);
        }
    }

    private static Article article(long id, String title) {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        return new Article(id, "test:" + id, "", title, "test", t, t, "en", "hash" + id, "body");
    }

    private static Chunk chunk(long articleId, String text) {
        return new Chunk(articleId, 0, List.of(new Chunk.Sentence(text, 0, text.length())));
    }
}
