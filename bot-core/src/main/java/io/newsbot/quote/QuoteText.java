package io.newsbot.quote;

/** Prepares raw text for {@link AttributionExtractor} without moving any character, so offsets stay valid. */
public final class QuoteText {
    private QuoteText() {
    }

    /**
     * Straightens curly quotes, reads a pair of apostrophes used as a quotation mark ({@code ''Yes,'' he said}, as some
     * archives print them) as one straight mark beside a space, and turns odd spaces (no-break, thin) into plain ones:
     * one character for one, keeping every offset.
     */
    public static String sameLength(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'' && (i + 2 >= raw.length() || raw.charAt(i + 2) != '\'')) {
                boolean opens = (i == 0 || Character.isWhitespace(raw.charAt(i - 1))) && i + 2 < raw.length()
                        && !Character.isWhitespace(raw.charAt(i + 2));
                sb.append(opens ? " \"" : "\" ");
                i++;
                continue;
            }
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> sb.append('"');
                case '\u2018', '\u2019' -> sb.append('\'');
                case '\r' -> sb.append('\n');
                default -> sb.append(Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
