package io.newsbot.telegram.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's {@code parse_mode=HTML}, as the Bot API documents it (https://core.telegram.org/bots/api#html-style):
 * only the listed tags, properly nested and closed; {@code <a>} with an {@code href}; every {@code <}, {@code >}
 * and {@code &} outside a tag written as an entity; only the named entities {@code &lt; &gt; &amp; &quot;} and
 * numeric ones. Anything else is "Bad Request: can't parse entities", as Telegram answers.
 */
public final class TelegramHtml {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
            "a", "tg-emoji", "code", "pre", "blockquote");
    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final Pattern START = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-zA-Z-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*>");
    private static final Pattern END = Pattern.compile("</([a-zA-Z][a-zA-Z0-9-]*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

    private TelegramHtml() {
    }

    /** A formatting entity of the parsed text, offsets in UTF-16 code units as the Bot API gives them. */
    public record Entity(String type, int offset, int length, String url) {
    }

    /** The text a user sees, and its entities. */
    public record Parsed(String text, List<Entity> entities) {
        public List<String> links() {
            return entities.stream().filter(e -> e.type().equals("text_link")).map(Entity::url).toList();
        }
    }

    /** Why Telegram refused a text. */
    public static final class BadHtml extends Exception {
        public BadHtml(String message) {
            super("Bad Request: can't parse entities: " + message);
        }
    }

    private record Open(String tag, int offset, String url) {
    }

    public static Parsed parse(String html) throws BadHtml {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher end = END.matcher(html).region(i, html.length());
                if (end.lookingAt()) {
                    String tag = end.group(1).toLowerCase(Locale.ROOT);
                    if (open.isEmpty() || !open.peek().tag().equals(tag)) {
                        throw new BadHtml("Unmatched end tag at byte offset " + i + ", expected \"</" + (open.isEmpty() ? "" : open.peek().tag())
                                + ">\", found \"</" + tag + ">\"");
                    }
                    Open o = open.pop();
                    entities.add(new Entity(type(o.tag()), o.offset(), text.length() - o.offset(), o.url()));
                    i = end.end();
                    continue;
                }
                Matcher start = START.matcher(html).region(i, html.length());
                if (!start.lookingAt()) throw new BadHtml("Unexpected start tag at byte offset " + i);
                String tag = start.group(1).toLowerCase(Locale.ROOT);
                if (!TAGS.contains(tag)) throw new BadHtml("Unsupported start tag \"" + tag + "\" at byte offset " + i);
                String url = null;
                if (tag.equals("a")) {
                    url = attribute(start.group(2), "href");
                    if (url == null || url.isEmpty()) throw new BadHtml("Can't find href attribute of tag \"a\" at byte offset " + i);
                }
                open.push(new Open(tag, text.length(), url));
                i = start.end();
                continue;
            }
            if (c == '>') throw new BadHtml("Character '>' is reserved and must be escaped with \"&gt;\" at byte offset " + i);
            if (c == '&') {
                Matcher e = ENTITY.matcher(html).region(i, html.length());
                if (!e.lookingAt()) throw new BadHtml("Character '&' is reserved and must be escaped with \"&amp;\" at byte offset " + i);
                text.append(decode(e.group(1), i));
                i = e.end();
                continue;
            }
            text.append(c);
            i++;
        }
        if (!open.isEmpty()) throw new BadHtml("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        entities.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new Parsed(text.toString(), entities);
    }

    private static String attribute(String attributes, String name) throws BadHtml {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (!a.group(1).equalsIgnoreCase(name)) continue;
            String raw = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            if (raw == null) return "";
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < raw.length()) {
                if (raw.charAt(i) == '&') {
                    Matcher e = ENTITY.matcher(raw).region(i, raw.length());
                    if (!e.lookingAt()) throw new BadHtml("Character '&' is reserved in an attribute value");
                    out.append(decode(e.group(1), i));
                    i = e.end();
                } else {
                    out.append(raw.charAt(i++));
                }
            }
            return out.toString();
        }
        return null;
    }

    private static String decode(String entity, int at) throws BadHtml {
        if (entity.startsWith("#x") || entity.startsWith("#X")) return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
        if (entity.startsWith("#")) return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
        String named = NAMED.get(entity);
        if (named == null) throw new BadHtml("Unsupported HTML entity \"&" + entity + ";\" at byte offset " + at);
        return named;
    }

    private static String type(String tag) {
        return switch (tag) {
            case "b", "strong" -> "bold";
            case "i", "em" -> "italic";
            case "u", "ins" -> "underline";
            case "s", "strike", "del" -> "strikethrough";
            case "span", "tg-spoiler" -> "spoiler";
            case "a" -> "text_link";
            case "tg-emoji" -> "custom_emoji";
            case "blockquote" -> "blockquote";
            default -> tag;
        };
    }
}
