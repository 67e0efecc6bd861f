package io.newsbot.article;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored news article.
 *
 * @param id          the store's id
 * @param locator     where it came from (URL or file path): re-ingesting the same locator replaces it
 * @param url         its public link, or empty for local files
 * @param title       its title
 * @param publisher   its source or publisher
 * @param publishedAt when it was published, or when it was ingested if that is unknown
 * @param ingestedAt  when newsbot took it in
 * @param language    an ISO 639-1 code
 * @param contentHash SHA-256 of the cleaned title and body, for de-duplication
 * @param body        the cleaned text, paragraphs separated by blank lines
 */
public record Article(long id, String locator, String url, String title, String publisher, Instant publishedAt,
                      Instant ingestedAt, String language, String contentHash, String body) {
    public Article {
        Objects.requireNonNull(locator, "locator");
        url = url == null ? "" : url;
        Objects.requireNonNull(title, "title");
        publisher = publisher == null ? "" : publisher;
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(body, "body");
    }

    public Article withId(long newId) {
        return new Article(newId, locator, url, title, publisher, publishedAt, ingestedAt, language, contentHash, body);
    }
}
