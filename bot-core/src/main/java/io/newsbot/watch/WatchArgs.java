package io.newsbot.watch;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What follows {@code /watch}: a name ("Lavrov", "Sarah Sanders") is a person watch, other words ("North Korea
 * sanctions") a topic watch; "person" or "topic" in front says which when the guess would be wrong ("/watch topic
 * Brexit").
 *
 * @param kind    person or topic
 * @param subject the name or topic
 * @param forced  whether the user said which kind
 */
record WatchArgs(Watch.Kind kind, String subject, boolean forced) {
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "ibn");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern HAS_LETTER = Pattern.compile("[\\p{L}\\p{N}]");

    /** @throws IllegalArgumentException with a sentence for the user when there is nothing to watch */
    static WatchArgs parse(String args) {
        String text = args == null ? "" : args.strip().replaceAll("\\s+", " ");
        Watch.Kind forced = null;
        String first = text.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        if ((first.equals("person") || first.equals("topic")) && text.contains(" ")) {
            forced = first.equals("person") ? Watch.Kind.PERSON : Watch.Kind.TOPIC;
            text = text.substring(first.length()).strip();
        }
        if (text.isEmpty() || !HAS_LETTER.matcher(text).find()) {
            throw new IllegalArgumentException("Tell me what to watch: a person (/watch Lavrov) or a topic (/watch North Korea sanctions).");
        }
        if (text.length() > Watch.MAX_SUBJECT) {
            throw new IllegalArgumentException("That is too long to watch; keep it under " + Watch.MAX_SUBJECT + " characters.");
        }
        return new WatchArgs(forced != null ? forced : looksLikeName(text) ? Watch.Kind.PERSON : Watch.Kind.TOPIC, text, forced != null);
    }

    /** One to four words, each capitalised (name particles aside), the first one too. */
    static boolean looksLikeName(String text) {
        String[] words = text.split(" ");
        if (words.length > 4 || !NAME_WORD.matcher(words[0]).matches()) return false;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !PARTICLES.contains(w)) return false;
        }
        return true;
    }
}
