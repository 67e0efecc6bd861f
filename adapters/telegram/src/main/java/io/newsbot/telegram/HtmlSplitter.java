package io.newsbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Packs rendered blocks into Telegram messages of at most {@code limit} characters of HTML. Breaks between
 * paragraphs where it can, else between sentences, else between words, and only as a last resort inside a
 * word; never inside a tag or an entity, so every message is valid HTML on its own. Counting the markup
 * keeps us under Telegram's limit, which counts only the visible text.
 */
final class HtmlSplitter {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'”’)\\]]?)(?=\\s+)");
    private static final Pattern WORD_END = Pattern.compile("(?<=\\s)(?=\\S)");
    private final int limit;

    HtmlSplitter(int limit) {
        if (limit < 64) throw new IllegalArgumentException("limit must be at least 64");
        this.limit = limit;
    }

    /**
     * A paragraph or line of a message.
     *
     * @param spans     its text
     * @param paragraph whether a blank line (rather than a line break) separates it from the block before
     */
    record Block(List<Span> spans, boolean paragraph) {
        Block {
            spans = List.copyOf(spans);
        }

        String html() {
            StringBuilder out = new StringBuilder();
            for (Span s : spans) out.append(s.html());
            return out.toString();
        }
    }

    List<String> split(List<Block> blocks) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int paragraphStart = 0;
        for (Block block : blocks) {
            String html = block.html();
            if (html.isBlank()) continue;
            String separator = current.length() == 0 ? "" : block.paragraph() ? "\n\n" : "\n";
            if (current.length() + separator.length() + html.length() <= limit) {
                if (block.paragraph() || current.length() == 0) paragraphStart = current.length() + separator.length();
                current.append(separator).append(html);
                continue;
            }
            // Keep a paragraph's lines together (a heading with its items) when they fit in a message of their own.
            String carried = "";
            if (!block.paragraph() && paragraphStart > 0 && current.length() - paragraphStart + 1 + html.length() <= limit) {
                carried = current.substring(paragraphStart);
                current.setLength(paragraphStart);
            }
            flush(current, messages);
            paragraphStart = 0;
            if (!carried.isEmpty()) {
                current.append(carried).append('\n').append(html);
                continue;
            }
            if (html.length() <= limit) {
                current.append(html);
                continue;
            }
            List<String> pieces = pack(units(block.spans()));
            for (int i = 0; i < pieces.size() - 1; i++) add(pieces.get(i), messages);
            current.append(pieces.get(pieces.size() - 1));
        }
        flush(current, messages);
        return messages;
    }

    private static void flush(StringBuilder current, List<String> messages) {
        add(current.toString(), messages);
        current.setLength(0);
    }

    private static void add(String message, List<String> messages) {
        String m = message.strip();
        if (!m.isEmpty()) messages.add(m);
    }

    /** Greedily fills pieces with whole units. */
    private List<String> pack(List<String> units) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String unit : units) {
            if (piece.length() + unit.length() > limit && piece.length() > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(unit);
        }
        if (piece.length() > 0 || pieces.isEmpty()) pieces.add(piece.toString());
        return pieces;
    }

    /** The block as HTML units, each at most {@code limit} long, between which a message may break. */
    private List<String> units(List<Span> spans) {
        List<String> units = new ArrayList<>();
        for (Span span : spans) {
            if (span.html().length() <= limit && span.style() != Span.Style.PLAIN) {
                units.add(span.html());
                continue;
            }
            int room = limit - span.overhead();
            for (String sentence : SENTENCE_END.split(span.text())) {
                if (Span.escape(sentence).length() <= room) {
                    units.add(span.withText(sentence).html());
                    continue;
                }
                for (String word : WORD_END.split(sentence)) {
                    for (String part : cut(word, room)) units.add(span.withText(part).html());
                }
            }
        }
        return units;
    }

    /** Cuts text so each part's escaped form fits in {@code room}, never between the halves of a surrogate pair. */
    private static List<String> cut(String text, int room) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int escaped = Span.escape(new String(Character.toChars(cp))).length();
            if (length + escaped > room && i > start) {
                parts.add(text.substring(start, i));
                start = i;
                length = 0;
            }
            length += escaped;
            i += Character.charCount(cp);
        }
        if (start < text.length()) parts.add(text.substring(start));
        return parts;
    }
}
