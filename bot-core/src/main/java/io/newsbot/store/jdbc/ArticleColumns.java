package io.newsbot.store.jdbc;

import io.newsbot.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article table's column sizes, and an article made to fit them: a title or publisher too long is cut at a word
 * with an ellipsis, a link too long is dropped (half a link leads nowhere), a locator too long is cut and made unique
 * again with a hash of the whole. Feeds in the wild carry such fields; the article is worth keeping all the same.
 */
final class ArticleColumns {
    static final int LOCATOR = 2048;
    static final int URL = 2048;
    static final int TITLE = 1024;
    static final int PUBLISHER = 256;
    static final int LANGUAGE = 16;

    private ArticleColumns() {
    }

    static Article fit(Article a) {
        if (a.locator().length() <= LOCATOR && a.url().length() <= URL && a.title().length() <= TITLE && a.publisher().length() <= PUBLISHER
                && (a.language() == null || a.language().length() <= LANGUAGE)) {
            return a;
        }
        String locator = a.locator().length() <= LOCATOR ? a.locator() : a.locator().substring(0, LOCATOR - 65) + "#" + sha256(a.locator());
        String url = a.url().length() <= URL ? a.url() : "";
        String language = a.language() == null || a.language().length() <= LANGUAGE ? a.language() : "und";
        return new Article(a.id(), locator, url, cut(a.title(), TITLE), cut(a.publisher(), PUBLISHER), a.publishedAt(), a.ingestedAt(), language,
                a.contentHash(), a.body());
    }

    /** At most {@code max} characters, cut at a word where one is near, never between the halves of a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max - 80) end = space;
        if (Character.isLowSurrogate(text.charAt(end))) end--;
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
