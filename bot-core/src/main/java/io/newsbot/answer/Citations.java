package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the articles a reply cites, in the order they are first cited. */
public final class Citations {
    private final Map<Long, Reply.Citation> byArticle = new LinkedHashMap<>();

    /** The citation number of the article, adding it if new. */
    public int number(Article a) {
        return byArticle.computeIfAbsent(a.id(), id -> of(byArticle.size() + 1, a)).number();
    }

    public List<Reply.Citation> list() {
        return new ArrayList<>(byArticle.values());
    }

    public static Reply.Citation of(int number, Article a) {
        return new Reply.Citation(number, a.id(), a.title(), a.publisher(),
                a.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), a.url());
    }
}
