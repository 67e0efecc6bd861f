package io.newsbot.ingest;

import io.newsbot.article.ArticleDraft;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page: the main text of its {@code <article>} (or {@code <main>}, or the page's densest block of
 * paragraphs), with navigation, scripts, asides and footers dropped. Title, publisher and date come from the
 * page's Open Graph and article metadata where present. Every step is linear in the page's size: elements nested
 * deeper than {@code maxDepth} are dropped first (and the cut reported), so no walk up or down the tree can grow
 * with a hostile page's nesting.
 */
public final class HtmlParser implements ArticleParser {
    private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, "
            + "figure figcaption, .advert, .ad, .ads, .social, .share, .related, .newsletter, [role=navigation], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "blockquote", "li");
    private final int maxDepth;

    public HtmlParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public HtmlParser() {
        this(ContentLimits.DEFAULT.maxPageDepth());
    }

    @Override
    public List<ArticleDraft> parse(String locator, String content) {
        Document doc = Jsoup.parse(content, locator.startsWith("http") ? locator : "");
        int dropped = PageDepth.prune(doc, maxDepth);
        String title = firstNonEmpty(meta(doc, "og:title"), doc.select("h1").text(), doc.title());
        String publisher = firstNonEmpty(meta(doc, "og:site_name"), meta(doc, "publisher"), host(locator));
        Instant published = Dates.parse(firstNonEmpty(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), doc.select("time[datetime]").attr("datetime")));
        String url = firstNonEmpty(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"),
                locator.startsWith("http") ? locator : "");
        doc.select(NOISE).remove();
        String text = blocksText(mainBlock(doc));
        if (text.isBlank()) throw new IngestException(locator + " has no readable article text.");
        ArticleDraft draft = new ArticleDraft(locator, url, title, publisher, published, text);
        return List.of(dropped == 0 ? draft : draft.withNote(locator + ": the page nests elements deeper than " + maxDepth
                + " levels; what lies deeper was left out (" + dropped + (dropped == 1 ? " part)" : " parts)")));
    }

    /** The text of the outermost paragraphs, headings, quotes and list items, each once; the whole text when there are none. */
    private static String blocksText(Element main) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    String t = e.text().strip();
                    if (!t.isEmpty()) text.append(t).append("\n\n");
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, main);
        return text.isEmpty() ? main.wholeText() : text.toString();
    }

    private static Element mainBlock(Document doc) {
        Element article = doc.selectFirst("article");
        if (article != null && article.select("p").size() >= 2) return article;
        Element main = doc.selectFirst("main, [role=main], #content, .article-body, .story-body");
        if (main != null && main.select("p").size() >= 2) return main;
        Element best = doc.body() == null ? doc : doc.body();
        int bestChars = 0;
        for (Element candidate : doc.select("div, section")) {
            // The paragraphs two levels down, as before; each paragraph has one grandparent, so all candidates together
            // read every paragraph once (a selector per candidate would walk each one's whole subtree).
            int chars = 0;
            for (Element child : candidate.children()) {
                for (Element grandchild : child.children()) {
                    if (grandchild.nameIs("p")) chars += grandchild.text().length() + 1;
                }
            }
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
