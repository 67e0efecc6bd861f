package io.newsbot.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsbot.article.ArticleDraft;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * An RSS or Atom feed: one article per entry, from the entry's content or description (HTML stripped).
 * Entries whose text is only a teaser are kept as they are; {@link Ingestor} may fetch their pages.
 */
public final class FeedParser implements ArticleParser {
    private final int maxDepth;

    public FeedParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public FeedParser() {
        this(ContentLimits.DEFAULT.maxPageDepth());
    }

    @Override
    public List<ArticleDraft> parse(String locator, String content) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(content));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IngestException(locator + " is not a readable RSS or Atom feed.", e);
        }
        String publisher = feed.getTitle() == null ? HtmlParser.host(locator) : feed.getTitle().strip();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String text = entryText(entry);
            String link = entry.getLink() == null ? "" : entry.getLink().strip();
            String entryLocator = !link.isEmpty() ? link : locator + "#" + (entry.getUri() != null ? entry.getUri() : drafts.size());
            var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            drafts.add(new ArticleDraft(entryLocator, link, entry.getTitle(), publisher, date == null ? null : date.toInstant(), text));
        }
        return drafts;
    }

    private String entryText(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) html.append(c.getValue()).append('\n');
        if (html.isEmpty() && entry.getDescription() != null) html.append(entry.getDescription().getValue());
        var doc = Jsoup.parse(html.toString());
        // A hostile entry nests as deep as it likes; past the limit its markup is dropped, as for pages.
        PageDepth.prune(doc, maxDepth);
        StringBuilder text = new StringBuilder();
        var paragraphs = doc.select("p");
        if (paragraphs.isEmpty()) text.append(doc.text());
        else paragraphs.forEach(p -> text.append(p.text()).append("\n\n"));
        return text.toString();
    }
}
