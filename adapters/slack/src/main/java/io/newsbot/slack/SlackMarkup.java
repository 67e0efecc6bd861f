package io.newsbot.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Slack's message markup going out: {@code &}, {@code <} and {@code >} are Slack's only control characters, so
 * escaping them keeps article and user text from becoming {@code <!channel>} pings or links; the only links we emit
 * are citations to http(s) URLs. Incoming text is read by {@link InboundText}.
 */
public final class SlackMarkup {
    private SlackMarkup() {
    }

    /** Escapes text so Slack shows it as written. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
