package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.index.SearchQuery;
import java.util.Locale;

/** Whether an article passes a question's date, publisher and article restrictions, as the search index applies them. */
final class Filters {
    private Filters() {
    }

    static boolean accepts(SearchQuery.Filter filter, Article article) {
        if (filter.from() != null && article.publishedAt().isBefore(filter.from())) return false;
        if (filter.to() != null && !article.publishedAt().isBefore(filter.to())) return false;
        if (!filter.articleIds().isEmpty() && !filter.articleIds().contains(article.id())) return false;
        return filter.publishers().isEmpty() || filter.publishers().contains(article.publisher().toLowerCase(Locale.ROOT));
    }
}
