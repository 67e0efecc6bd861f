package io.newsbot.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * @param notes       how it was read, one sentence each (usually none): what was cut to the content limits, an encoding
 */
public record ArticleDraft(String locator, String url, String title, String publisher, Instant publishedAt, String text,
                           List<String> notes) {
    public ArticleDraft {
        Objects.requireNonNull(locator, "locator");
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        Objects.requireNonNull(text, "text");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A draft read whole. */
    public ArticleDraft(String locator, String url, String title, String publisher, Instant publishedAt, String text) {
        this(locator, url, title, publisher, publishedAt, text, List.of());
    }

    /** This draft with one more note of how it was read. */
    public ArticleDraft withNote(String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new ArticleDraft(locator, url, title, publisher, publishedAt, text, all);
    }
}
