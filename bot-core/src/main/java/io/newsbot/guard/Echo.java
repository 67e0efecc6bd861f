package io.newsbot.guard;

/**
 * How much of what someone wrote a reply may repeat back: a short excerpt, cut between words, so that a long
 * question is never echoed whole (a reply that repeats its input can be made to say anything at length).
 */
public final class Echo {
    /** The longest excerpt, in characters (code points), the ellipsis included. */
    public static final int MAX_CHARS = 60;

    private Echo() {
    }

    /** The text itself when short; else its first words up to {@link #MAX_CHARS}, ending in an ellipsis. */
    public static String excerpt(String text) {
        String s = text == null ? "" : text.strip();
        if (s.codePointCount(0, s.length()) <= MAX_CHARS) return s;
        int end = s.offsetByCodePoints(0, MAX_CHARS - 1);
        int space = s.lastIndexOf(' ', end);
        if (space > end / 2) end = space;
        return s.substring(0, end).stripTrailing() + "…";
    }
}
