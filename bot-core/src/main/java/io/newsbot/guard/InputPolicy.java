package io.newsbot.guard;

import java.util.Optional;

/**
 * Checks a message's text before anything acts on it: not empty, not too long, no control characters or
 * broken Unicode. Returns the cleaned text, or the sentence to tell the user.
 *
 * @param maxChars the longest message accepted
 */
public record InputPolicy(int maxChars) {
    public InputPolicy {
        if (maxChars < 10) throw new IllegalArgumentException("maxChars must be at least 10");
    }

    /** The outcome of a check: the cleaned text, or a problem to tell the user. */
    public record Checked(String text, Optional<String> problem) {
    }

    public Checked check(String raw) {
        if (raw == null || raw.isBlank()) return problem("Your message is empty. Ask me about the news, or send /help.");
        if (raw.length() > maxChars) {
            return problem("Your message is " + raw.length() + " characters long; please keep it under " + maxChars + ".");
        }
        StringBuilder clean = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    clean.append(c).append(raw.charAt(++i));
                    continue;
                }
                return problem("Your message has broken characters in it; please type it again.");
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD') {
                return problem("Your message has broken characters in it; please type it again.");
            }
            if (c == '\n' || c == '\t') clean.append(' ');
            else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) continue;
            else clean.append(c);
        }
        String text = clean.toString().strip();
        if (text.isEmpty()) return problem("Your message has no readable text. Ask me about the news, or send /help.");
        return new Checked(text, Optional.empty());
    }

    private static Checked problem(String sentence) {
        return new Checked("", Optional.of(sentence));
    }
}
