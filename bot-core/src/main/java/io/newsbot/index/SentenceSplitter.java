package io.newsbot.index;

import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with their offsets, by rules in one pass over the text (linear in its length). A sentence
 * ends at a full stop, question or exclamation mark (with any closing quotation marks or brackets) before a capital,
 * a digit or an opening quotation mark, unless the full stop belongs to an abbreviation ({@link Abbreviations}: "Sen.",
 * "Nov. 8", "Rex W. Tillerson", "J.D. Vance"); at a blank line; and at a line break after such punctuation or before a
 * bullet. A run-on past {@link #MAX_CHARS} characters is cut at its last clause break, so that no sentence is
 * unbounded. Stateless and thread-safe.
 */
public final class SentenceSplitter {
    /** The longest sentence kept whole; real news sentences stay far below it. */
    public static final int MAX_CHARS = 2000;
    private static final String TERMINAL = ".!?\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019)]}";
    private static final String OPENERS = "\"'\u201C\u2018([{";
    private static final int LONGEST_WORD = 40;

    public List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int n = body.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (i - start >= MAX_CHARS) {
                int cut = clauseBreak(body, start, i);
                emit(body, start, cut, out);
                start = cut;
            }
            char c = body.charAt(i);
            if (c == '\n') {
                int next = i + 1;
                while (next < n && (body.charAt(next) == ' ' || body.charAt(next) == '\t' || body.charAt(next) == '\r')) next++;
                if (next >= n || body.charAt(next) == '\n' || endsWithTerminal(body, start, i) || bullet(body, next)) {
                    emit(body, start, i, out);
                    start = i + 1;
                }
                i++;
                continue;
            }
            if (TERMINAL.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && TERMINAL.indexOf(body.charAt(end)) >= 0) end++;
            boolean ellipsis = c == '\u2026' || end - i > 1 && body.charAt(end - 1) == '.' && c == '.';
            while (end < n && CLOSERS.indexOf(body.charAt(end)) >= 0) end++;
            if (end < n && Character.isWhitespace(body.charAt(end)) && boundary(body, start, i, end, c, ellipsis)) {
                emit(body, start, end, out);
                start = end;
            }
            i = end;
        }
        emit(body, start, n, out);
        return out;
    }

    /** Whether the terminal mark at {@code mark} (closers up to {@code end}) ends the sentence, judged from the next word. */
    private static boolean boundary(String body, int start, int mark, int end, char c, boolean ellipsis) {
        int next = end;
        while (next < body.length() && body.charAt(next) == ' ') next++;
        if (next >= body.length() || body.charAt(next) == '\n' || body.charAt(next) == '\r') return true;
        String nextWord = word(body, next);
        int first = 0;
        while (first < nextWord.length() && OPENERS.indexOf(nextWord.charAt(first)) >= 0) first++;
        boolean opening = first > 0;
        if (first >= nextWord.length()) return opening;
        char f = nextWord.charAt(first);
        if (!Character.isUpperCase(f) && !Character.isDigit(f) && !opening) return false;
        if (ellipsis) return opening || Abbreviations.opensSentence(nextWord);
        if (c != '.') return true;
        int from = mark;
        while (from > start && mark - from < LONGEST_WORD && !Character.isWhitespace(body.charAt(from - 1))) from--;
        return Abbreviations.endsSentence(body.substring(from, mark), nextWord);
    }

    private static String word(String body, int from) {
        int to = from;
        while (to < body.length() && to - from < LONGEST_WORD && !Character.isWhitespace(body.charAt(to))) to++;
        return body.substring(from, to);
    }

    private static boolean endsWithTerminal(String body, int start, int lineEnd) {
        int i = lineEnd - 1;
        while (i >= start && (Character.isWhitespace(body.charAt(i)) || CLOSERS.indexOf(body.charAt(i)) >= 0)) i--;
        return i >= start && (TERMINAL.indexOf(body.charAt(i)) >= 0 || body.charAt(i) == ':');
    }

    /** Whether a line starts with a list bullet ("- ", "* ", "• ", "1. ", "2) "). */
    private static boolean bullet(String body, int at) {
        if (at >= body.length()) return false;
        char c = body.charAt(at);
        if ("-*\u2022\u2013\u2014\u25AA\u25CF".indexOf(c) >= 0) return at + 1 < body.length() && body.charAt(at + 1) == ' ';
        int i = at;
        while (i < body.length() && i - at < 3 && Character.isDigit(body.charAt(i))) i++;
        return i > at && i + 1 < body.length() && (body.charAt(i) == '.' || body.charAt(i) == ')') && body.charAt(i + 1) == ' ';
    }

    /** Where to cut a run-on: its last semicolon or comma in the second half of the window, else its last space. */
    private static int clauseBreak(String body, int start, int at) {
        int floor = start + MAX_CHARS / 2;
        for (int i = at - 1; i > floor; i--) if (body.charAt(i) == ';' || body.charAt(i) == ',') return i + 1;
        for (int i = at - 1; i > floor; i--) if (Character.isWhitespace(body.charAt(i))) return i + 1;
        return at;
    }

    private static void emit(String body, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(body.charAt(from))) from++;
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) to--;
        if (to > from) out.add(new Sentence(body.substring(from, to), from, to));
    }
}
