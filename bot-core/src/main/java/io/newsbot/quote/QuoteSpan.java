package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a paragraph inside quotation marks (straight ones: see {@link QuoteText#sameLength}).
 *
 * @param open   offset of the opening mark
 * @param close  offset of the closing mark, or of the paragraph's end when the quote runs on into the next paragraph
 * @param closed whether a closing mark ends it
 */
record QuoteSpan(int open, int close, boolean closed) {
    QuoteSpan {
        if (open < 0 || close <= open) throw new IllegalArgumentException("open and close must satisfy 0 <= open < close");
    }

    /**
     * The quotes of {@code body[from, to)}. With straight marks only, whether a mark opens or closes is read from
     * its neighbours: an opening mark follows a space or a bracket and precedes a word; a closing mark follows a
     * word or punctuation. A quote left open at the paragraph's end runs to it, as news style does for quotes that
     * go on in the next paragraph.
     */
    static List<QuoteSpan> in(String body, int from, int to) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            if (body.charAt(i) != '"') continue;
            char before = i > from ? body.charAt(i - 1) : ' ';
            char after = i + 1 < to ? body.charAt(i + 1) : ' ';
            boolean opens = (Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0) && !Character.isWhitespace(after);
            if (open < 0) {
                if (opens || !Character.isWhitespace(after) || i == from) open = i;
                continue;
            }
            if (opens && looksUnclosed(body, open, i)) {
                // A new quote opens before the last one closed: end the last one where the new one starts.
                out.add(new QuoteSpan(open, trimEnd(body, open, i), false));
                open = i;
                continue;
            }
            if (i > open + 1) out.add(new QuoteSpan(open, i, true));
            open = -1;
        }
        if (open >= 0 && trimEnd(body, open, to) > open + 1) out.add(new QuoteSpan(open, trimEnd(body, open, to), false));
        return out;
    }

    /** Whether the quote from {@code open} to a new opening mark at {@code next} ended a sentence without a closing mark. */
    private static boolean looksUnclosed(String body, int open, int next) {
        int end = trimEnd(body, open, next);
        char last = body.charAt(end - 1);
        return (last == '.' || last == '?' || last == '!') && next - open > 40;
    }

    private static int trimEnd(String body, int open, int end) {
        int e = end;
        while (e > open + 1 && Character.isWhitespace(body.charAt(e - 1))) e--;
        return e;
    }

    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close;
    }

    String content(String body) {
        return body.substring(contentStart(), contentEnd());
    }
}
