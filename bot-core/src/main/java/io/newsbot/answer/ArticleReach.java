package io.newsbot.answer;

/**
 * How far a topic answer reads into the articles the search ranked highest, beyond the passages it retrieved: the
 * sentence that holds the answer is often in another chunk of an article the search found (the article is cited, the
 * fact is not in the reply). The best {@code passages} more chunks of the first {@code articles} articles join the
 * candidates.
 *
 * @param articles how many of the top-ranked articles are read further; 0 reads none
 * @param passages how many more of their chunks join, best matching the question first
 */
public record ArticleReach(int articles, int passages) {
    /** Only the retrieved passages. */
    public static final ArticleReach NONE = new ArticleReach(0, 0);

    public ArticleReach {
        if (articles < 0) throw new IllegalArgumentException("articles must not be negative");
        if (passages < 0) throw new IllegalArgumentException("passages must not be negative");
    }

    /** Whether any more chunks are read. */
    public boolean on() {
        return articles > 0 && passages > 0;
    }
}
