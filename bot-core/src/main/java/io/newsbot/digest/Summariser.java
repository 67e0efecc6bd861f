package io.newsbot.digest;

import java.util.List;

/**
 * Sums an article up in a few of its own sentences, for the daily digest, {@code /digest} previews and
 * {@code newsbot summarize}. Implementations never invent text: an abstractive one must fall back to
 * these sentences.
 */
public interface Summariser {
    /**
     * @param title the article's title, may be empty
     * @param body  the article's text, paragraphs separated by blank lines
     * @return two or three sentences of the body (fewer when it has fewer), in the article's order
     */
    List<String> summarise(String title, String body);
}
