package io.newsbot.article;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as a parser read it, before cleaning and storing.
 *
 * @param locator     where it came from (URL or file path)
 * @param url         its public link, or empty
 * @param title       its title, may be empty when the parser found none
 * @param publisher   its publisher, may be empty
 * @param publishedAt its publication time, or {@code null} when unknown
 * @param text        the raw main text
 */
public record ArticleDraft(String locator, String url, String title, String publisher, Instant publishedAt, String text) {
    public ArticleDraft {
        Objects.requireNonNull(locator, "locator");
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        Objects.requireNonNull(text, "text");
    }
}
