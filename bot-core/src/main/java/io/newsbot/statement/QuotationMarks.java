package io.newsbot.statement;

/**
 * Balances the double quotation marks of an excerpt: a closing mark whose opening lies before the excerpt gets its
 * opening mark at the start ({@code We have to talk about Ukraine."} → {@code "We have to talk about Ukraine."}), an
 * opening mark whose closing lies after it gets one at the end, and any further stray mark is dropped.
 */
public final class QuotationMarks {
    private static final String MARKS = "\"\u201C\u201D";

    private QuotationMarks() {
    }

    public static String balance(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        boolean open = false;
        boolean prepend = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKS.indexOf(c) < 0) {
                out.append(c);
                continue;
            }
            boolean opening = c == '\u201C' || c == '"' && opens(text, i);
            if (opening && !open) {
                open = true;
                out.append(c);
            } else if (!opening && open) {
                open = false;
                out.append(c);
            } else if (!opening && !prepend && out.indexOf("\"") < 0 && out.indexOf("\u201C") < 0) {
                // The quote began before the excerpt did: everything so far is inside it.
                prepend = true;
                out.append(c);
            }
            // else: a second opening inside an open quote, or a closing with nothing to close: dropped
        }
        String balanced = prepend ? "\"" + out : out.toString();
        if (open) balanced = balanced.stripTrailing() + "\"";
        return balanced;
    }

    /** A straight mark opens a quote when it starts the text or follows a space or bracket, and text follows it. */
    private static boolean opens(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }
}
