package io.newsbot.statement;

import io.newsbot.index.Chunk.Sentence;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts article text into what an answer shows: whole sentences, never one that starts mid-sentence, even where the
 * sentence splitter stopped at an abbreviation ("...debate in St." / "Louis on Sunday."); quotation marks balanced;
 * an excerpt past a sensible length clipped at a word boundary with "…".
 */
public final class Excerpts {
    /** The longest excerpt an answer shows before clipping it: a few sentences, a fraction of one chat message. */
    public static final int MAX_CHARS = 600;
    private static final int LOOK = 400;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
            "maj", "adm", "rev", "prof", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "ft", "mt",
            "u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g", "i.e", "approx", "dept", "univ", "ave", "blvd");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Excerpts() {
    }

    /**
     * An excerpt of an article's body.
     *
     * @param start offset of its first character in the body
     * @param end   offset after its last character
     * @param text  what is shown: whitespace folded, marks balanced, clipped if long
     */
    public record Excerpt(int start, int end, String text) {
    }

    /** The whole sentences that hold {@code [start, end)} of the body, given the body's sentences in order. */
    public static Excerpt around(String body, List<Sentence> sentences, int start, int end, int maxChars) {
        int from = start;
        int to = end;
        for (Sentence s : sentences) {
            if (s.end() > start && s.start() <= start) from = s.start();
            if (s.start() < end && s.end() >= end) to = s.end();
        }
        return whole(body, Math.min(from, start), Math.max(to, end), maxChars);
    }

    /** The sentence {@code [start, end)} of the body, joined with its neighbours where the split looks wrong. */
    public static Excerpt whole(String body, int start, int end, int maxChars) {
        int from = wholeStart(body, start);
        int to = wholeEnd(body, end);
        return new Excerpt(from, to, shape(body.substring(from, to), maxChars));
    }

    /** Folds whitespace (a quote's paragraph break included), clips past {@code maxChars}, balances quotation marks. */
    public static String shape(String text, int maxChars) {
        return QuotationMarks.balance(clip(SPACES.matcher(text).replaceAll(" ").strip(), maxChars));
    }

    /** The text cut at the last word boundary before {@code maxChars}, with "…"; unchanged when short enough. */
    public static String clip(String text, int maxChars) {
        if (text.length() <= maxChars) return text;
        int cut = text.lastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) cut = maxChars - 1;
        return text.substring(0, cut).replaceAll("[\\s,;:\u2014\u2013-]+$", "") + "\u2026";
    }

    /** Moves a sentence start back while it looks like the middle of a sentence (a lower-case start, an abbreviation before). */
    static int wholeStart(String body, int start) {
        int s = start;
        for (int guard = 0; guard < 5 && s > 0 && midSentence(body, s); guard++) {
            int b = previousBoundary(body, s);
            if (b < 0 || b >= s) break;
            s = b;
        }
        return s;
    }

    /** Moves a sentence end forward while it ends on an abbreviation that the next sentence continues. */
    static int wholeEnd(String body, int end) {
        int e = end;
        for (int guard = 0; guard < 5 && e < body.length() && endsOnAbbreviation(body, e) && !paragraphBreakAt(body, e); guard++) {
            int b = nextBoundary(body, e);
            if (b <= e) break;
            e = b;
        }
        return e;
    }

    private static boolean midSentence(String body, int s) {
        if (paragraphBreakBefore(body, s)) return false;
        char c = body.charAt(s);
        if (Character.isLowerCase(c)) return true;
        int p = s - 1;
        while (p >= 0 && Character.isWhitespace(body.charAt(p))) p--;
        if (p < 0) return false;
        if (".!?\"'\u201D\u2019)]:\u2026".indexOf(body.charAt(p)) < 0) return true;
        return body.charAt(p) == '.' && endsOnAbbreviation(body, p + 1);
    }

    private static boolean paragraphBreakBefore(String body, int s) {
        int p = s - 1;
        int newlines = 0;
        while (p >= 0 && Character.isWhitespace(body.charAt(p))) {
            if (body.charAt(p) == '\n') newlines++;
            p--;
        }
        return p < 0 || newlines > 0;
    }

    private static boolean paragraphBreakAt(String body, int e) {
        int p = e;
        while (p < body.length() && Character.isWhitespace(body.charAt(p))) {
            if (body.charAt(p) == '\n') return true;
            p++;
        }
        return p >= body.length();
    }

    /** Whether the text before {@code end} finishes with an abbreviation or an initial and its full stop ("St.", "E."). */
    public static boolean endsOnAbbreviation(String body, int end) {
        int e = end;
        while (e > 0 && "\"')\u201D\u2019".indexOf(body.charAt(e - 1)) >= 0) e--;
        if (e == 0 || body.charAt(e - 1) != '.') return false;
        int w = e - 1;
        while (w > 0 && !Character.isWhitespace(body.charAt(w - 1)) && "(\"\u201C".indexOf(body.charAt(w - 1)) < 0) w--;
        String token = body.substring(w, e - 1).toLowerCase(java.util.Locale.ROOT);
        if (token.length() == 1 && Character.isLetter(token.charAt(0))) return Character.isUpperCase(body.charAt(w));
        if (!ABBREVIATIONS.contains(token)) return false;
        // "in the U.S." often ends a sentence: it continues only if the next word is not capitalised.
        int n = end;
        while (n < body.length() && body.charAt(n) == ' ') n++;
        if (token.contains(".") && n < body.length()) return !Character.isUpperCase(body.charAt(n));
        return true;
    }

    private static int previousBoundary(String body, int s) {
        int limit = Math.max(0, s - LOOK);
        for (int i = s - 1; i > limit; i--) {
            if (body.charAt(i) == '\n') return skipSpace(body, i + 1);
            if (Character.isWhitespace(body.charAt(i)) && isSentenceEnd(body, i)) return skipSpace(body, i);
        }
        return limit == 0 ? 0 : -1;
    }

    private static int nextBoundary(String body, int e) {
        int limit = Math.min(body.length(), e + LOOK);
        for (int i = e + 1; i < limit; i++) {
            if (body.charAt(i) == '\n') return trimBack(body, i);
            if (Character.isWhitespace(body.charAt(i)) && isSentenceEnd(body, i)) return trimBack(body, i);
        }
        return limit == body.length() ? trimBack(body, body.length()) : -1;
    }

    /** Whether the text before the whitespace at {@code i} ends a sentence. */
    private static boolean isSentenceEnd(String body, int i) {
        int p = i;
        while (p > 0 && "\"')]\u201D\u2019".indexOf(body.charAt(p - 1)) >= 0) p--;
        if (p == 0 || ".!?\u2026".indexOf(body.charAt(p - 1)) < 0) return false;
        return !endsOnAbbreviation(body, i);
    }

    private static int skipSpace(String body, int i) {
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
        return i;
    }

    private static int trimBack(String body, int i) {
        while (i > 0 && Character.isWhitespace(body.charAt(i - 1))) i--;
        return i;
    }
}
