package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import java.util.List;

/**
 * Who said what in a new article, for person watches. Today the statements are extracted when the article is matched;
 * once statements are stored at ingest, an implementation reading them from that store replaces this one.
 */
@FunctionalInterface
public interface Statements {
    List<Attribution> of(Article article);

    /** Extracts the statements from the article's text. */
    static Statements extractedBy(AttributionExtractor extractor) {
        return article -> extractor.extract(article.body());
    }
}
