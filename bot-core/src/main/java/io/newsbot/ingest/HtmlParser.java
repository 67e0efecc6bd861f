package io.newsbot.ingest;

import io.newsbot.article.ArticleDraft;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page: the main text of its {@code <article>} (or {@code <main>}, or the page's densest block of
 * paragraphs), with navigation, scripts, asides and footers dropped. Title, publisher and date come from the
 * page's Open Graph and article metadata where present.
 */
public final class HtmlParser implements ArticleParser {
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "figure figcaption, .advert, .ad, .ads, .social, .share, .related, .newsletter, [role=navigation], [aria-hidden=true]";

    @Override
    public List<ArticleDraft> parse(String locator, String content) {
        Document doc = Jsoup.parse(content, locator.startsWith("http") ? locator : "");
        String title = firstNonEmpty(meta(doc, "og:title"), doc.select("h1").text(), doc.title());
        String publisher = firstNonEmpty(meta(doc, "og:site_name"), meta(doc, "publisher"), host(locator));
        Instant published = Dates.parse(firstNonEmpty(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), doc.select("time[datetime]").attr("datetime")));
        String url = firstNonEmpty(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"),
                locator.startsWith("http") ? locator : "");
        doc.select(NOISE).remove();
        Element main = mainBlock(doc);
        StringBuilder text = new StringBuilder();
        Elements blocks = main.select("p, h2, h3, blockquote, li");
        if (blocks.isEmpty()) {
            text.append(main.wholeText());
        } else {
            for (Element block : blocks) {
                if (block.parents().stream().anyMatch(p -> p.normalName().matches("p|blockquote|li") && blocks.contains(p))) continue;
                String t = block.text().strip();
                if (!t.isEmpty()) text.append(t).append("\n\n");
            }
        }
        if (text.toString().isBlank()) throw new IngestException(locator + " has no readable article text.");
        return List.of(new ArticleDraft(locator, url, title, publisher, published, text.toString()));
    }

    private static Element mainBlock(Document doc) {
        Element article = doc.selectFirst("article");
        if (article != null && article.select("p").size() >= 2) return article;
        Element main = doc.selectFirst("main, [role=main], #content, .article-body, .story-body");
        if (main != null && main.select("p").size() >= 2) return main;
        Element best = doc.body() == null ? doc : doc.body();
        int bestChars = 0;
        for (Element candidate : doc.select("div, section")) {
            int chars = candidate.children().select("> p").text().length();
            if (chars > bestChars) {
                bestChars = chars;
                best = candidate;
            }
        }
        return best;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    static String host(String locator) {
        try {
            String host = java.net.URI.create(locator).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return "";
    }
}
