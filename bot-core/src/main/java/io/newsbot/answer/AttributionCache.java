package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Remembers the attributions of recently used articles, so answering does not re-read them every time. */
public final class AttributionCache {
    private final AttributionExtractor extractor;
    private final Map<String, List<Attribution>> cache;

    public AttributionCache(AttributionExtractor extractor, int capacity) {
        this.extractor = extractor;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Attribution>> eldest) {
                return size() > capacity;
            }
        };
    }

    public List<Attribution> of(Article article) {
        String key = article.id() + ":" + article.contentHash();
        synchronized (cache) {
            List<Attribution> hit = cache.get(key);
            if (hit != null) return hit;
        }
        List<Attribution> found = List.copyOf(extractor.extract(article.body()));
        synchronized (cache) {
            cache.put(key, found);
        }
        return found;
    }
}
