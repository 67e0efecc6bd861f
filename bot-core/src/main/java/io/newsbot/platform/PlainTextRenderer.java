package io.newsbot.platform;

import java.util.stream.Collectors;

/** Renders a {@link Reply} as plain text: the console's format, and the fallback of every platform. */
public final class PlainTextRenderer {
    private PlainTextRenderer() {
    }

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (!reply.intro().isEmpty()) out.append(reply.intro()).append('\n');
        for (Reply.Section section : reply.sections()) {
            if (!section.heading().isEmpty()) out.append('\n').append(section.heading()).append('\n');
            for (Reply.Item item : section.items()) {
                out.append(reply.sections().size() > 1 || !section.heading().isEmpty() ? "  " : "");
                if (!item.speaker().isEmpty()) out.append(item.speaker()).append(": ");
                out.append(item.text());
                if (!item.citations().isEmpty()) {
                    out.append(' ').append(item.citations().stream().map(n -> "[" + n + "]").collect(Collectors.joining()));
                }
                out.append('\n');
            }
        }
        if (!reply.citations().isEmpty()) {
            out.append('\n').append("Sources:").append('\n');
            for (Reply.Citation c : reply.citations()) {
                out.append('[').append(c.number()).append("] ").append(citationLine(c)).append('\n');
            }
        }
        return safeText(out.toString()).stripTrailing();
    }

    /**
     * Text any chat platform accepts: lone surrogates (which no encoder can send) become U+FFFD, and control
     * characters other than line breaks and tabs are dropped. Article text and echoed input pass through here.
     */
    public static String safeText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean lone = !pair && Character.isSurrogate(c);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (out == null && (lone || control)) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) {
                if (lone) out.append('\uFFFD');
                else if (!control) out.append(c);
                if (pair) out.append(text.charAt(i + 1));
            }
            if (pair) i++;
        }
        return out == null ? text : out.toString();
    }

    /** "Title — Source, 2017-11-10 — https://..." with empty parts left out. */
    public static String citationLine(Reply.Citation c) {
        StringBuilder line = new StringBuilder(c.title());
        String meta = String.join(", ", java.util.stream.Stream.of(c.source(), c.date()).filter(s -> !s.isEmpty()).toList());
        if (!meta.isEmpty()) line.append(" — ").append(meta);
        if (!c.url().isEmpty()) line.append(" — ").append(c.url());
        return line.toString();
    }
}
