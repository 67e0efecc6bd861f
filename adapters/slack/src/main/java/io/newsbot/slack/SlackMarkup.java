package io.newsbot.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slack's message markup going out. {@code &}, {@code <} and {@code >} are escaped, so article and user text cannot
 * become {@code <!channel>} pings or links (the only links we emit are citations to http(s) URLs); and mrkdwn's
 * formatting characters, which Slack offers no escape for, are replaced by characters that look the same but format
 * nothing ({@code *} {@code _} {@code ~} and the backtick anywhere, {@code >} at the start of a line), so article text
 * neither formats itself nor nests with the bot's own bold. Incoming text is read by {@link InboundText}.
 */
public final class SlackMarkup {
    private SlackMarkup() {
    }

    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^([ \\t]*)>");

    /** Escapes text so Slack shows it as written, with no formatting of its own. */
    public static String escape(String text) {
        String neutral = neutralise(QUOTE_MARK.matcher(text).replaceAll("$1\uFF1E"));
        return neutral.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Replaces the characters that could open or close mrkdwn formatting. {@code *}, {@code _} and {@code ~} format only
     * at the edge of a word, so inside one ("New_York", "f*ck") they stay as they are; backticks go everywhere.
     */
    private static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean insideWord = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            out.append(switch (c) {
                case '`' -> '\u02CB';
                case '*' -> insideWord ? c : '\u2217';
                case '_' -> insideWord ? c : '\u02CD';
                case '~' -> insideWord ? c : '\u223C';
                default -> c;
            });
        }
        return out.toString();
    }

    /** At most {@code max} characters of text, cut at a word where it can, with an ellipsis: for titles inside markup. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** A link {@code <url|label>} when the URL is http(s), otherwise the escaped label alone. */
    public static String link(String url, String label) {
        String safe = safeUrl(url);
        return safe == null ? escape(label) : "<" + safe + "|" + escape(label) + ">";
    }

    /** The URL ready to sit inside {@code <...|...>}, or {@code null} when it is not an absolute http(s) URL. */
    static String safeUrl(String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u.replace(" ", "%20").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace("\"", "%22"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) return null;
            return uri.toString().replace("&", "&amp;");
        } catch (URISyntaxException e) {
            return null;
        }
    }

}
