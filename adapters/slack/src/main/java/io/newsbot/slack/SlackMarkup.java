package io.newsbot.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's message markup in both directions. Outgoing: {@code &}, {@code <} and {@code >} are Slack's only
 * control characters, so escaping them keeps article and user text from becoming {@code <!channel>} pings or
 * links; the only links we emit are citations to http(s) URLs. Incoming: mentions, channel references and
 * links arrive as {@code <...>} sequences and are read back as plain words for the core.
 */
public final class SlackMarkup {
    private static final Pattern SEQUENCE = Pattern.compile("<([^<>]*)>");

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

    /**
     * Reads a message's text as the person typed it: removes mentions of the bot, turns other mentions,
     * channel references and links into plain words, and undoes Slack's escaping.
     *
     * @param botUserId the bot's own user id, whose mentions are dropped; may be {@code null}
     */
    public static String toPlainText(String text, String botUserId) {
        if (text == null) return "";
        Matcher m = SEQUENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(plain(m.group(1), botUserId)));
        }
        m.appendTail(out);
        return unescape(out.toString()).replaceAll("[ \\t]+", " ").strip();
    }

    private static String plain(String sequence, String botUserId) {
        int bar = sequence.indexOf('|');
        String target = bar < 0 ? sequence : sequence.substring(0, bar);
        String label = bar < 0 ? "" : sequence.substring(bar + 1);
        if (target.startsWith("@")) {
            if (target.substring(1).equals(botUserId)) return "";
            return label.isEmpty() ? target : "@" + label.replaceFirst("^@", "");
        }
        if (target.startsWith("#")) return label.isEmpty() ? target : "#" + label;
        if (target.startsWith("!")) {
            if (!label.isEmpty()) return label;
            String special = target.substring(1);
            return special.matches("here|channel|everyone") ? "@" + special : special;
        }
        // A URL Slack linked by itself carries the text as typed for a label; keep the URL then, the label otherwise.
        if (label.isEmpty() || target.endsWith(label) || label.contains("://")) return target;
        return label;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
