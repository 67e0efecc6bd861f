package io.newsbot.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a name in a question ("Lavrov", "Sarah Sanders", "mr. barrett", "White") refers to a speaker: to a person,
 * not to a word. A person is matched by last name, by the whole name, or by first name alone; every name word of the
 * question must be the speaker's ("Sarah Sanders" is not "Bernie Sanders"). An organisation or group is matched only by
 * its whole name or its initials, so "White" is not the "White House". A last name shared by two people ("Clinton")
 * matches both, and their full names ({@link Speaker#name()}) tell them apart.
 */
public final class NameMatch {
    private NameMatch() {
    }

    /** Whether {@code queryName} refers to {@code speaker}. */
    public static boolean refersTo(String queryName, Speaker speaker) {
        List<String> q = words(queryName, true);
        List<String> n = words(speaker.name(), false);
        if (q.isEmpty() || n.isEmpty() || SpeakerPhrase.isPronoun(speaker.name())) return false;
        return switch (speaker.kind()) {
            case ORGANISATION, GROUP -> n.equals(q) || initials(speaker.name()).equals(String.join("", q));
            case PERSON, UNKNOWN -> person(q, n);
        };
    }

    /** The same for a speaker known only by its label, as {@link Attribution#speaker()} gives it. */
    public static boolean matches(String speaker, String queryName) {
        return refersTo(queryName, SpeakerPhrase.parse(speaker == null ? "" : speaker));
    }

    private static boolean person(List<String> q, List<String> n) {
        String last = n.get(n.size() - 1);
        if (q.size() == 1) return q.get(0).equals(last) || n.size() > 1 && q.get(0).equals(n.get(0));
        if (!q.get(q.size() - 1).equals(last)) return false;
        // The speaker may be known by the last name alone in that article ("Sanders" for "Sarah Sanders").
        if (n.size() == 1) return true;
        for (String w : q.subList(0, q.size() - 1)) {
            boolean found = n.subList(0, n.size() - 1).stream().anyMatch(x -> x.equals(w) || w.length() == 1 && x.startsWith(w)
                    || x.length() == 1 && w.startsWith(x));
            if (!found) return false;
        }
        return true;
    }

    /** Lower-case words without accents and punctuation; a question's titles ("Mr.", "President") dropped. */
    private static List<String> words(String name, boolean dropTitles) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").replaceAll("[^\\p{L}\\p{N}\\s-]", " ");
        List<String> out = new ArrayList<>(Arrays.asList(folded.strip().split("\\s+")));
        out.removeIf(String::isEmpty);
        out.removeIf(w -> w.equals("the"));
        if (dropTitles) {
            // "Foreign Minister Lavrov", "Mr. Barrett": the name follows the last title.
            int lastRole = -1;
            for (int i = 0; i < out.size() - 1; i++) if (SpeakerWords.isRole(out.get(i))) lastRole = i;
            out.subList(0, lastRole + 1).clear();
        }
        return out;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s/-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(Character.toLowerCase(w.charAt(0)));
        return sb.length() > 1 ? sb.toString() : "\u0000";
    }
}
