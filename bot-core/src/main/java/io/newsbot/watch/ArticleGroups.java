package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.story.Stories;

/**
 * Which group an article belongs to for alerts: a watch alerts once per group, so several outlets reporting one
 * event give one alert.
 */
@FunctionalInterface
public interface ArticleGroups {
    /** Each article its own group. */
    ArticleGroups BY_ARTICLE = article -> "article:" + article.id();

    /** The article's story once it has joined one (on ingest, before the watches see it); else the article itself. */
    static ArticleGroups byStory(Stories stories) {
        return article -> stories.storyOf(article.id()).map(story -> "story:" + story.id()).orElse("article:" + article.id());
    }

    /** A key of at most 64 characters naming the article's group. */
    String keyOf(Article article);
}
