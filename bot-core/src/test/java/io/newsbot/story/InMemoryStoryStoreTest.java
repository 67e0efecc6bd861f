package io.newsbot.story;

import io.newsbot.article.Article;
import io.newsbot.story.memory.InMemoryStoryStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

class InMemoryStoryStoreTest extends StoryStoreContract {
    private final Map<Long, Article> articles = new HashMap<>();

    @Override
    protected StoryStore stories() {
        return new InMemoryStoryStore(id -> Optional.ofNullable(articles.get(id)));
    }

    @Override
    protected Article article(String title, String outlet, Instant published) {
        long id = articles.size() + 1L;
        Article a = new Article(id, "test:" + id, "https://example.com/" + id, title, outlet, published, published, "en", "h" + id, title + ".");
        articles.put(id, a);
        return a;
    }
}
