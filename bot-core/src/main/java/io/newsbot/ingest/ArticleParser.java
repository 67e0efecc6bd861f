package io.newsbot.ingest;

import io.newsbot.article.ArticleDraft;
import java.util.List;

/** Reads articles out of one kind of content: plain text, HTML, a feed. */
public interface ArticleParser {
    /**
     * Parses the content.
     *
     * @param locator  where the content came from (a path or URL)
     * @param content  the raw content
     * @throws IngestException when the content cannot be read as this kind
     */
    List<ArticleDraft> parse(String locator, String content);
}
