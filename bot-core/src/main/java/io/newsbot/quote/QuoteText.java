package io.newsbot.quote;

/** Prepares raw text for {@link AttributionExtractor} without moving any character, so offsets stay valid. */
public final class QuoteText {
    private QuoteText() {
    }

    /** Straightens curly quotes and turns odd spaces (no-break, thin) into plain ones, one for one, keeping every offset. */
    public static String sameLength(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
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
