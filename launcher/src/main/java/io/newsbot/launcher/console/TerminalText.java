package io.newsbot.launcher.console;

/**
 * Text made safe to print on a terminal: control characters (escape sequences among them) are shown in caret
 * notation ({@code ^[}) rather than acted on, and bidirectional overrides are dropped, so nothing an article or a
 * message holds can move the cursor, recolour, retitle or clear the operator's terminal, or reorder what it shows.
 * Line breaks and tabs are kept.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c < 0x20) {
                out.append('^').append((char) (c + 0x40));
            } else if (c == 0x7F) {
                out.append("^?");
            } else if (c >= 0x80 && c <= 0x9F) {
                // C1 controls: 0x9B alone starts an escape sequence on some terminals.
                out.append("^").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
