package io.newsbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Slack message's text as the person typed it, for the core: the bot's own mention removed wherever it
 * stands, other users' mentions turned into their display names (or left out when no name can be had, never a raw
 * id), channel references and links read as their words, special mentions ({@code <!here>}) left out, and Slack's
 * escaping undone.
 */
final class InboundText {
    private static final Pattern SEQUENCE = Pattern.compile("<([^<>]*)>");
    private final UserNames names;

    InboundText(UserNames names) {
        this.names = names;
    }

    /** @param botUserId the bot's own user id, whose mentions are dropped; may be {@code null} */
    String read(String text, String botUserId) {
        if (text == null) return "";
        Matcher m = SEQUENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(" " + plain(m.group(1), botUserId) + " "));
        }
        m.appendTail(out);
        String plain = unescape(out.toString()).replaceAll("[ \\t]+", " ").strip();
        // What a removed mention leaves around it: "Hey , what ..." and a leading ", what ...".
        return plain.replaceAll(" ([,:;.!?])", "$1").replaceFirst("^[,:;.!\\s]+", "");
    }

    private String plain(String sequence, String botUserId) {
        int bar = sequence.indexOf('|');
        String target = bar < 0 ? sequence : sequence.substring(0, bar);
        String label = bar < 0 ? "" : sequence.substring(bar + 1).replaceFirst("^[@#]", "");
        if (target.startsWith("@")) {
            String id = target.substring(1);
            if (id.equals(botUserId)) return "";
            return label.isEmpty() ? names.displayName(id).orElse("") : label;
        }
        if (target.startsWith("#")) return label;
        if (target.startsWith("!")) return target.startsWith("!subteam^") || target.startsWith("!date^") ? label : "";
        // A URL Slack linked by itself carries the text as typed for a label; keep the URL then, the label otherwise.
        if (label.isEmpty() || target.endsWith(label) || label.contains("://")) return target.replaceFirst("^mailto:", "");
        return label;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
