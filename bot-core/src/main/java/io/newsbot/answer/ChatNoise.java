package io.newsbot.answer;

import java.util.regex.Pattern;

/**
 * What chat adds around a question that is no part of it: mentions of a bot ({@code @newsbot_bot} anywhere: Telegram
 * bot usernames end in "bot"), emoji and emoticons, and the punctuation a removed mention leaves behind
 * ("Hey , what ..."). Trailing noise such as "(1)" or "??" is {@link Pleasantries}' business, with the other tails.
 */
final class ChatNoise {
    private static final Pattern BOT_HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@.])@[A-Za-z0-9_]*bot(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMOTICON = Pattern.compile("(?<!\\S)(?:[:;=]-?[)(\\]\\[DPpOo/\\\\|*]+|[xX8]-?[)(]+|xD+|<3+|\\^_*\\^|[)(]-?[:;])(?=[\\s?!.,]|$)");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,;:!?.](?![\\p{L}\\p{N}]))");
    private static final Pattern REPEATED_COMMA = Pattern.compile(",(?:\\s*,)+");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,;:.!?\\-\u2013\u2014]+");

    private ChatNoise() {
    }

    static String strip(String text) {
        String t = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
        t = BOT_HANDLE.matcher(t).replaceAll(" ");
        t = withoutSymbols(t);
        t = EMOTICON.matcher(t).replaceAll(" ");
        t = t.replaceAll("\\s+", " ").strip();
        t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
        t = REPEATED_COMMA.matcher(t).replaceAll(",");
        return LEADING_PUNCT.matcher(t).replaceAll("");
    }

    /**
     * Emoji and pictographs are symbols (So), with skin tones, joiners and variation selectors around them; invisible
     * format characters (zero-width spaces) would split words.
     */
    private static String withoutSymbols(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            // Symbols from arrows up are pictographs; the degree sign, copyright and the like below them are text.
            boolean emojiPart = type == Character.OTHER_SYMBOL && cp >= 0x2190 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3;
            if (emojiPart) out.append(' ');
            else if (type != Character.FORMAT) out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
