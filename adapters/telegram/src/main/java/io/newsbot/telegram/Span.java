package io.newsbot.telegram;

import java.util.Objects;

/**
 * A run of text in a Telegram message: plain, bold, or a link. Holds raw text; escaping happens only in
 * {@link #html()}, so no text reaches Telegram unescaped and nothing is escaped twice.
 *
 * @param style how it is shown
 * @param text  the raw text
 * @param href  the link target for {@link Style#LINK}, already checked to be http(s); empty otherwise
 */
record Span(Style style, String text, String href) {
    enum Style { PLAIN, BOLD, LINK }

    Span {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        href = href == null ? "" : href;
        if (style == Style.LINK && href.isEmpty()) throw new IllegalArgumentException("href must be set for a link");
    }

    static Span plain(String text) {
        return new Span(Style.PLAIN, text, "");
    }

    static Span bold(String text) {
        return new Span(Style.BOLD, text, "");
    }

    static Span link(String text, String href) {
        return new Span(Style.LINK, text, href);
    }

    /** The same style and link around other text, for cutting a long span into pieces. */
    Span withText(String other) {
        return new Span(style, other, href);
    }

    String html() {
        return switch (style) {
            case PLAIN -> escape(text);
            case BOLD -> "<b>" + escape(text) + "</b>";
            case LINK -> "<a href=\"" + escapeAttribute(href) + "\">" + escape(text) + "</a>";
        };
    }

    /** Length of the markup around the text. */
    int overhead() {
        return html().length() - escape(text).length();
    }

    /** Escapes text for Telegram HTML: the three characters Telegram requires. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes an attribute value written in double quotes. */
    static String escapeAttribute(String value) {
        return escape(value).replace("\"", "&quot;");
    }
}
