package io.newsbot.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names of the people one article names, so that a statement whose speaker the article calls "Sanders",
 * "Mr. Clarke" or "Hillary" is labelled with the person's full name. Where two people share a last name, a full mention
 * just before the statement wins (Bill Clinton named in the sentence before "Clinton said"); otherwise the one the
 * article names in full most often, the person it is about.
 */
final class FullNames {
    static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}'])((?:[A-Z]\\.|[A-Z][\\p{L}'\\u2019-]*)(?:\\s+(?:[A-Z]\\.|[A-Z][\\p{L}'\\u2019-]*|(?:de|van|von|al|bin|la|le|da|del|der|du)\\b(?=\\s+[A-Z])))*)");
    /** How close before a statement a full name must be to win over the person the article is about: about a sentence. */
    private static final int NEAR = 250;
    private final List<Mention> mentions = new ArrayList<>();

    /** A full name and where the article gives it. */
    private record Mention(int at, String name, List<String> words, String surname) {
    }

    FullNames(String body) {
        Matcher m = RUN.matcher(body);
        while (m.find()) {
            String name = PersonNames.name(m.group(1));
            List<String> words = PersonNames.words(name);
            if (words.size() < 2 || words.size() > 4 || !PersonNames.opensName(words.get(0))) continue;
            if (PersonNames.kind(name) != SpeakerKind.PERSON) continue;
            mentions.add(new Mention(m.start(1), name, words, PersonNames.surname(name)));
        }
    }

    /**
     * The fullest name the article gives the person a speaker phrase names, preferring the nearest mention before
     * {@code at}; the phrase's own name when the article gives no fuller one.
     */
    String resolve(String speaker, int at) {
        String name = PersonNames.name(speaker);
        List<String> words = PersonNames.words(name);
        if (words.isEmpty()) return name;
        String surname = PersonNames.surname(name);
        Mention best = nearest(surname, words, at, false);
        // A last name alone, where the article names two people of it, is the one it is about, unless the other was named
        // just before: "Mr. Trump" in a story on Donald Trump's brother Freddy Trump is Donald, as papers call the brother
        // "Freddy".
        if (best != null && words.size() == 1 && at - best.at() > NEAR) best = principal(surname, best);
        // A first name alone ("Hillary") stands for the person of that first name.
        if (best == null && words.size() == 1) best = nearest(null, words, at, true);
        if (best == null || best.words().size() <= words.size()) return name;
        return best.name();
    }

    /** The person of a last name the article names in full most often (the first named of equals), else {@code fallback}. */
    private Mention principal(String surname, Mention fallback) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Mention> fullest = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.surname().equals(surname)) continue;
            String key = PersonNames.personKey(m.name());
            count.merge(key, 1, Integer::sum);
            fullest.merge(key, m, (a, b) -> b.words().size() > a.words().size() ? b : a);
        }
        if (count.size() < 2) return fallback;
        String top = null;
        for (var e : count.entrySet()) {
            if (top == null || e.getValue() > count.get(top)) top = e.getKey();
        }
        return fullest.get(top);
    }

    private Mention nearest(String surname, List<String> words, int at, boolean byFirstName) {
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            boolean fits = byFirstName ? m.words().get(0).equalsIgnoreCase(words.get(0))
                    : m.surname().equals(surname) && containsAll(m.words(), words);
            if (!fits) continue;
            if (m.at() <= at) before = m;
            else if (after == null) after = m;
        }
        return before != null ? before : after;
    }

    private static boolean containsAll(List<String> have, List<String> want) {
        for (String w : want) {
            if (have.stream().noneMatch(h -> h.equalsIgnoreCase(w))) return false;
        }
        return true;
    }
}
