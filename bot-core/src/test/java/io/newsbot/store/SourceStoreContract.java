package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SourceStore} does, whatever it runs on. */
public abstract class SourceStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private SourceStore sources;
    private ArticleStore articles;

    /** A new, empty source store. */
    protected abstract SourceStore sources();

    /** The article store over the same data as {@link #sources()}. */
    protected abstract ArticleStore articles();

    @BeforeEach
    void openStores() {
        sources = sources();
        articles = articles();
    }

    @Test
    void adds_a_source_once_per_location() {
        Source feed = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "slack:U1", T0);
        Source again = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "slack:U2", T0.plusSeconds(1));
        assertThat(again).isEqualTo(feed);
        assertThat(feed.addedBy()).isEqualTo("slack:U1");
        assertThat(sources.all()).containsExactly(feed);
    }

    @Test
    void lists_feeds_apart_from_other_sources() {
        Source file = sources.add(Source.Kind.FILE, "/srv/articles", "console:you", T0);
        Source feed = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "console:you", T0);
        assertThat(sources.all()).containsExactly(file, feed);
        assertThat(sources.feeds()).containsExactly(feed);
    }

    @Test
    void forgets_a_removed_source() {
        Source feed = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "console:you", T0);
        assertThat(sources.remove(feed.id())).isTrue();
        assertThat(sources.remove(feed.id())).isFalse();
        assertThat(sources.byId(feed.id())).isEmpty();
        assertThat(sources.all()).isEmpty();
        assertThat(sources.feeds()).isEmpty();
    }

    @Test
    void records_the_last_fetch_and_its_error() {
        Source feed = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "console:you", T0);
        sources.recordFetch(feed.id(), T0.plusSeconds(60), "HTTP 503");
        Source fetched = sources.byId(feed.id()).orElseThrow();
        assertThat(fetched.lastFetchAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(fetched.lastError()).isEqualTo("HTTP 503");
        sources.recordFetch(feed.id(), T0.plusSeconds(120), null);
        assertThat(sources.byId(feed.id()).orElseThrow().lastError()).isEmpty();
    }

    @Test
    void counts_the_articles_that_came_from_each_source() {
        Source feed = sources.add(Source.Kind.FEED, "https://example.com/feed.xml", "console:you", T0);
        for (int i = 0; i < 3; i++) {
            articles.put(new Article(0, "loc" + i, "", "T" + i, "AP", T0, T0, "en", "hash" + i, "Body " + i + "."), feed.id(), r -> { });
        }
        assertThat(sources.byId(feed.id()).orElseThrow().articles()).isEqualTo(3);
    }
}
