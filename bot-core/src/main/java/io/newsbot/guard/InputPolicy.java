package io.newsbot.guard;

import java.util.Optional;

/**
 * Checks a message's text before anything acts on it: not empty, not too long, no control characters, no
 * broken Unicode (lone surrogates, the replacement character that invalid UTF-8 decodes to, noncharacters).
 * Returns the cleaned text, or the sentence to tell the user.
 *
 * @param maxChars the longest message accepted, in characters (Unicode code points)
 */
public record InputPolicy(int maxChars) {
    static final String EMPTY = "Your message is empty. Ask me about the news, or send /help.";
    static final String NO_TEXT = "Your message has no readable text. Ask me about the news, or send /help.";
    static final String BROKEN = "Your message has broken characters in it (invalid UTF-8 or a lone surrogate); please type it again.";
    static final String NUL = "Your message contains a NUL character, which I don't accept; please send plain text.";
    static final String CONTROL = "Your message contains control characters, which I don't accept; please send plain text.";

    public InputPolicy {
        if (maxChars < 10) throw new IllegalArgumentException("maxChars must be at least 10");
    }

    /** The outcome of a check: the cleaned text, or a problem to tell the user. */
    public record Checked(String text, Optional<String> problem) {
    }

    public Checked check(String raw) {
        if (raw == null || raw.isBlank()) return problem(EMPTY);
        // Cheap bound first: more UTF-16 units than twice the limit cannot be within the limit in code points.
        if (raw.length() > 2L * maxChars || raw.codePointCount(0, raw.length()) > maxChars) {
            return problem("Your message is " + raw.codePointCount(0, raw.length()) + " characters long; please keep it under "
                    + maxChars + ".");
        }
        StringBuilder clean = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, raw.charAt(++i));
                    if (isNoncharacter(cp)) return problem(BROKEN);
                    if (Character.getType(cp) != Character.FORMAT) clean.appendCodePoint(cp);
                    continue;
                }
                return problem(BROKEN);
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD' || isNoncharacter(c)) return problem(BROKEN);
            if (c == 0) return problem(NUL);
            if (c == '\n' || c == '\r' || c == '\t') {
                clean.append(' ');
            } else if (Character.getType(c) == Character.CONTROL) {
                return problem(CONTROL);
            } else if (Character.getType(c) != Character.FORMAT) {
                // Format characters (zero-width joiners, bidi marks and overrides) are invisible: dropped so that
                // nothing echoed back can be disguised, and so search sees the words.
                clean.append(c);
            }
        }
        String text = clean.toString().strip();
        if (text.isEmpty()) return problem(NO_TEXT);
        return new Checked(text, Optional.empty());
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static Checked problem(String sentence) {
        return new Checked("", Optional.of(sentence));
    }
}
