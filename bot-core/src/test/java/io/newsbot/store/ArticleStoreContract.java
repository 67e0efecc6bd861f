package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.article.ArticleStore.PutOutcome;
import io.newsbot.article.ArticleStore.PutResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ArticleStore} does, whatever it runs on. */
public abstract class ArticleStoreContract {
    protected static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private ArticleStore store;

    /** A new, empty store. */
    protected abstract ArticleStore articles();

    @BeforeEach
    void openStore() {
        store = articles();
    }

    protected static Article article(String locator, String title, String publisher, Instant published, Instant ingested, String body) {
        return new Article(0, locator, "https://example.com/" + locator, title, publisher, published, ingested, "en",
                Integer.toHexString(body.hashCode()) + "-" + body.length(), body);
    }

    private Article put(Article a) {
        return store.put(a, null, r -> { }).article();
    }

    @Test
    void keeps_every_field_of_an_added_article() {
        Article a = article("a1", "Title", "Reuters", T0, T0.plusSeconds(60), "Body text.\n\nSecond paragraph.");
        PutResult result = store.put(a, null, r -> { });
        assertThat(result.outcome()).isEqualTo(PutOutcome.ADDED);
        assertThat(result.article().id()).isPositive();
        assertThat(store.byId(result.article().id())).contains(a.withId(result.article().id()));
    }

    @Test
    void keeps_an_article_whose_title_publisher_and_link_are_too_long_for_their_columns_cutting_them() {
        String title = "Breaking: " + "a very long headline ".repeat(200);
        Article a = new Article(0, "feed:" + "x".repeat(3000), "https://example.com/" + "p".repeat(3000), title, "P".repeat(400), T0, T0, "en",
                "hash-long-fields", "Body text of the article.");

        PutResult result = store.put(a, null, r -> { });

        assertThat(result.outcome()).isEqualTo(PutOutcome.ADDED);
        Article stored = store.byId(result.article().id()).orElseThrow();
        assertThat(stored.title()).hasSizeLessThanOrEqualTo(1024).startsWith("Breaking: a very long headline").endsWith("…");
        assertThat(stored.publisher()).hasSizeLessThanOrEqualTo(256);
        assertThat(stored.url()).as("a cut link would lead nowhere").isEmpty();
        assertThat(stored.locator()).hasSizeLessThanOrEqualTo(2048);
        assertThat(store.put(a, null, r -> { }).outcome()).as("the same article again is recognised").isEqualTo(PutOutcome.UNCHANGED);
    }

    @Test
    void keeps_a_long_body_whole() {
        String body = "word ".repeat(60_000).strip();
        Article stored = put(article("long", "Long", "AP", T0, T0, body));
        assertThat(store.byId(stored.id()).orElseThrow().body()).isEqualTo(body);
    }

    @Test
    void leaves_the_same_text_under_the_same_locator_unchanged() {
        Article first = put(article("a1", "Title", "AP", T0, T0, "Same body."));
        PutResult again = store.put(article("a1", "Title", "AP", T0, T0.plusSeconds(5), "Same body."), null, r -> { });
        assertThat(again.outcome()).isEqualTo(PutOutcome.UNCHANGED);
        assertThat(again.article()).isEqualTo(first);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void replaces_new_text_under_the_same_locator_keeping_its_id() {
        Article first = put(article("a1", "Title", "AP", T0, T0, "Old body."));
        PutResult again = store.put(article("a1", "New title", "AP", T0, T0.plusSeconds(5), "New body."), null, r -> { });
        assertThat(again.outcome()).isEqualTo(PutOutcome.REPLACED);
        assertThat(again.article().id()).isEqualTo(first.id());
        assertThat(store.byId(first.id()).orElseThrow().title()).isEqualTo("New title");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void refuses_the_same_text_under_another_locator_as_a_duplicate() {
        Article first = put(article("a1", "Title", "AP", T0, T0, "Same body."));
        PutResult dup = store.put(article("a2", "Title", "AP", T0, T0, "Same body."), null, r -> { });
        assertThat(dup.outcome()).isEqualTo(PutOutcome.DUPLICATE);
        assertThat(dup.article().id()).isEqualTo(first.id());
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void stores_nothing_when_the_step_before_commit_fails() {
        assertThatThrownBy(() -> store.put(article("a1", "T", "AP", T0, T0, "Body."), null, r -> {
            throw new IllegalStateException("index down");
        })).hasMessageContaining("index down");
        assertThat(store.count()).isZero();
        assertThat(store.allIds()).isEmpty();
    }

    @Test
    void removes_an_article_unless_the_step_before_commit_fails() {
        Article a = put(article("a1", "T", "AP", T0, T0, "Body one."));
        Article b = put(article("a2", "T", "AP", T0, T0, "Body two."));
        assertThatThrownBy(() -> store.remove(a.id(), () -> {
            throw new IllegalStateException("index down");
        })).hasMessageContaining("index down");
        assertThat(store.byId(a.id())).isPresent();
        assertThat(store.remove(a.id(), () -> { })).isTrue();
        assertThat(store.remove(a.id(), () -> { })).isFalse();
        assertThat(store.allIds()).containsExactly(b.id());
    }

    @Test
    void lists_the_newest_by_publication_first_up_to_the_limit() {
        Article old = put(article("old", "Old", "AP", T0.minusSeconds(7200), T0, "Old news."));
        Article mid = put(article("mid", "Mid", "AP", T0.minusSeconds(3600), T0, "Mid news."));
        Article fresh = put(article("new", "New", "AP", T0, T0, "New news."));
        assertThat(store.latest(2)).containsExactly(fresh, mid);
        assertThat(store.latest(10)).containsExactly(fresh, mid, old);
    }

    @Test
    void lists_articles_ingested_in_a_half_open_window_oldest_first() {
        Article before = put(article("b", "B", "AP", T0, T0.minusSeconds(1), "Before."));
        Article first = put(article("f", "F", "AP", T0, T0, "First."));
        Article second = put(article("s", "S", "AP", T0, T0.plusSeconds(30), "Second."));
        Article atEnd = put(article("e", "E", "AP", T0, T0.plusSeconds(60), "At the end."));
        assertThat(store.ingestedBetween(T0, T0.plusSeconds(60))).containsExactly(first, second);
        assertThat(List.of(before, atEnd)).doesNotContainAnyElementsOf(store.ingestedBetween(T0, T0.plusSeconds(60)));
    }

    @Test
    void finds_by_ids_in_the_order_asked_skipping_unknown_ones() {
        Article a = put(article("a", "A", "AP", T0, T0, "Alpha."));
        Article b = put(article("b", "B", "AP", T0, T0, "Beta."));
        assertThat(store.byIds(List.of(b.id(), 999_999L, a.id()))).containsExactly(b, a);
        assertThat(store.byId(999_999L)).isEmpty();
        assertThat(store.allIds()).containsExactly(a.id(), b.id());
    }

    @Test
    void reports_the_date_range_and_publishers_by_article_count() {
        assertThat(store.dateRange()).isEmpty();
        assertThat(store.publishers()).isEmpty();
        put(article("a", "A", "Reuters", T0.minusSeconds(86_400), T0, "One."));
        put(article("b", "B", "AP", T0, T0, "Two."));
        put(article("c", "C", "Reuters", T0.minusSeconds(3600), T0, "Three."));
        Instant[] range = store.dateRange().orElseThrow();
        assertThat(range).containsExactly(T0.minusSeconds(86_400), T0);
        assertThat(store.publishers()).containsExactly(new ArticleStore.PublisherCount("Reuters", 2),
                new ArticleStore.PublisherCount("AP", 1));
        assertThat(store.count()).isEqualTo(3);
    }
}
