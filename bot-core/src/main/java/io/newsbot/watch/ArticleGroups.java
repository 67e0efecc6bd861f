package io.newsbot.watch;

import io.newsbot.article.Article;

/**
 * Which group an article belongs to for alerts: a watch alerts once per group. By article today; once articles join
 * stories, the story's key, so several outlets reporting one event give one alert.
 */
@FunctionalInterface
public interface ArticleGroups {
    /** Each article its own group. */
    ArticleGroups BY_ARTICLE = article -> "article:" + article.id();

    /** A key of at most 64 characters naming the article's group. */
    String keyOf(Article article);
}
