package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SearchQuery;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The article side of a filter, as the speaker answers apply it to statements: the same as the search indexes. */
class FiltersTest {
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    static Article article(long id) {
        return new Article(id, "loc" + id, "", "Title " + id, "AP", T0, T0, "en", "h" + id, "body");
    }

    @Test
    void keeps_only_the_articles_the_filter_names() {
        SearchQuery.Filter digest = SearchQuery.Filter.NONE.withArticles(Set.of(7L));

        assertThat(Filters.accepts(digest, article(7))).isTrue();
        assertThat(Filters.accepts(digest, article(8))).isFalse();
    }

    @Test
    void the_article_filter_adds_to_the_publishers_and_dates_it_comes_with() {
        SearchQuery.Filter reutersOnly = new SearchQuery.Filter(null, null, Set.of("reuters")).withArticles(Set.of(7L));

        assertThat(Filters.accepts(reutersOnly, article(7))).isFalse();
        assertThat(Filters.accepts(SearchQuery.Filter.NONE, article(8))).isTrue();
    }
}
