package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a statement reads as a direct quote: it opens with a quotation mark or most of its characters stand inside
 * double quotation marks ({@code Trump said that "when you win, it's beautiful."}). Reported speech made mostly of
 * someone's own words is their quote, as PolNeAR's annotators and its scorer count it.
 */
final class MostlyQuoted {
    private MostlyQuoted() {
    }

    /** How many neighbours on each side are looked at for a direct quote overlapping a statement: they are in text order. */
    private static final int REACH = 4;

    /**
     * {@code found} (in text order) with each reported statement that is mostly quoted marked direct, unless a direct
     * quote overlaps it: then the quote stands for those words and the statement stays reported.
     */
    static List<Attribution> promoted(String raw, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (!a.direct() && in(raw, a.contentStart(), a.contentEnd()) && !overlapsDirect(found, i)) {
                a = new Attribution(a.source(), a.cue(), a.content(), a.contentStart(), a.contentEnd(), true, a.sourceStart(), a.sourceEnd());
            }
            out.add(a);
        }
        return out;
    }

    private static boolean overlapsDirect(List<Attribution> found, int i) {
        Attribution a = found.get(i);
        for (int k = Math.max(0, i - REACH); k < Math.min(found.size(), i + REACH + 1); k++) {
            Attribution b = found.get(k);
            if (k != i && b.direct() && b.contentStart() < a.contentEnd() && a.contentStart() < b.contentEnd()) return true;
        }
        return false;
    }

    static boolean in(String raw, int start, int end) {
        if (start >= end) return false;
        if (isMark(raw.charAt(start))) return true;
        int quoted = 0;
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (open < 0 && (c == '"' || c == '\u201C')) {
                open = i;
            } else if (open >= 0 && (c == '"' || c == '\u201D')) {
                quoted += i - open + 1;
                open = -1;
            }
        }
        return quoted * 2 > end - start;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
