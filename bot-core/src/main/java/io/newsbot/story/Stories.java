package io.newsbot.story;

import io.newsbot.article.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stories articles belong to, for answers and digests: which outlets report an article's event, and with
 * which articles. An article not (yet) grouped is a story of its own.
 */
public final class Stories {
    private final StoryStore store;

    public Stories(StoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The article's story with all its articles and outlets, or empty when it has not been grouped. */
    public Optional<Story> storyOf(long articleId) {
        return store.storyOf(articleId);
    }

    /**
     * The story of each article, keyed by article id; an article with no story yet gets one of its own (its
     * id as the story's).
     */
    public Map<Long, Story> byArticle(Collection<Article> articles) {
        Map<Long, Story> stories = store.stories(articles.stream().map(Article::id).toList());
        Map<Long, Story> out = new HashMap<>();
        for (Story s : stories.values()) {
            for (Story.Member m : s.articles()) out.put(m.articleId(), s);
        }
        for (Article a : articles) {
            out.computeIfAbsent(a.id(), id -> new Story(id, List.of(new Story.Member(id, a.publisher(), a.title(), a.url(), a.publishedAt()))));
        }
        return out;
    }
}
