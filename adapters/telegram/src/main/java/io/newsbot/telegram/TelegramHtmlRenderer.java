package io.newsbot.telegram;

import io.newsbot.platform.Reply;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the core's structured {@link Reply} as Telegram HTML ({@code parse_mode=HTML}): every piece of
 * article and user text escaped, headings and speakers in bold, citations as links to the articles (http
 * and https links only), cut into messages under Telegram's 4096-character limit.
 */
public final class TelegramHtmlRenderer {
    /** Telegram's limit for one message. */
    public static final int MAX_CHARS = 4096;
    private final HtmlSplitter splitter;

    public TelegramHtmlRenderer() {
        this(MAX_CHARS);
    }

    TelegramHtmlRenderer(int limit) {
        this.splitter = new HtmlSplitter(limit);
    }

    /** The messages to send, in order; empty when the reply has no text at all. */
    public List<String> render(Reply reply) {
        return splitter.split(blocks(reply));
    }

    List<HtmlSplitter.Block> blocks(Reply reply) {
        Map<Integer, Reply.Citation> byNumber = reply.citations().stream()
                .collect(Collectors.toMap(Reply.Citation::number, Function.identity(), (a, b) -> a));
        List<HtmlSplitter.Block> blocks = new ArrayList<>();
        if (!reply.intro().isBlank()) blocks.add(new HtmlSplitter.Block(List.of(Span.plain(reply.intro())), true));
        for (Reply.Section section : reply.sections()) {
            boolean first = true;
            if (!section.heading().isBlank()) {
                blocks.add(new HtmlSplitter.Block(List.of(Span.bold(section.heading())), true));
                first = false;
            }
            // Quotes and list entries get bullets; the plain lines of a welcome or a notice read better without.
            boolean bullets = !section.heading().isBlank()
                    || section.items().size() > 1 && section.items().stream().anyMatch(i -> !i.speaker().isBlank() || !i.citations().isEmpty());
            for (Reply.Item item : section.items()) {
                blocks.add(new HtmlSplitter.Block(item(item, bullets, byNumber), first));
                first = false;
            }
        }
        if (!reply.citations().isEmpty()) {
            blocks.add(new HtmlSplitter.Block(List.of(Span.bold("Sources")), true));
            for (Reply.Citation c : reply.citations()) blocks.add(new HtmlSplitter.Block(citation(c), false));
        }
        return blocks;
    }

    private static List<Span> item(Reply.Item item, boolean bullet, Map<Integer, Reply.Citation> citations) {
        List<Span> spans = new ArrayList<>();
        if (bullet) spans.add(Span.plain("• "));
        if (!item.speaker().isBlank()) {
            spans.add(Span.bold(item.speaker()));
            spans.add(Span.plain(": "));
        }
        spans.add(Span.plain(item.text()));
        for (int n : item.citations()) {
            spans.add(Span.plain(" "));
            String marker = "[" + n + "]";
            Optional<String> url = Optional.ofNullable(citations.get(n)).flatMap(c -> safeLink(c.url()));
            spans.add(url.map(u -> Span.link(marker, u)).orElseGet(() -> Span.plain(marker)));
        }
        return spans;
    }

    private static List<Span> citation(Reply.Citation c) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.plain("[" + c.number() + "] "));
        String title = c.title().isBlank() ? "untitled" : c.title();
        spans.add(safeLink(c.url()).map(u -> Span.link(title, u)).orElseGet(() -> Span.plain(title)));
        String meta = Stream.of(c.source(), c.date()).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        if (!meta.isEmpty()) spans.add(Span.plain(" — " + meta));
        return spans;
    }

    /** The URL if it is an absolute http(s) link Telegram can open; article URLs come from feeds and are not trusted. */
    static Optional<String> safeLink(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) return Optional.empty();
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            // not a link we can send
        }
        return Optional.empty();
    }
}
