package io.newsbot.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a speaker phrase as an article writes it into a {@link Speaker}: the name apart from its role ("Russian Foreign
 * Minister Sergei Lavrov", "Sarah Sanders, White House press secretary", "harbour master Juma Said on day 42"), groups
 * kept whole with what places them ("officials in Zanzibar"), and a described speaker as a role ("a spokeswoman for
 * the ministry"). Knows only the phrase; the article's context is {@link Speakers}' job.
 */
final class SpeakerPhrase {
    static final Set<String> PRONOUNS = SpeakerWords.words("he", "she", "they", "it", "we", "i", "you", "who");
    /** Lower-case words that may sit inside a name ("Charles de Gaulle", "Bashar al-Assad", "Bank of America"). */
    private static final Set<String> PARTICLES = SpeakerWords.words("de", "da", "del", "della", "di", "du", "dos", "van", "von", "der", "den",
            "al", "el", "bin", "ibn", "la", "le", "st.", "y", "of", "for", "and", "&");
    private static final Set<String> PREPOSITIONS = SpeakerWords.words("in", "at", "from", "of", "for", "with", "near", "on", "inside", "outside",
            "across", "around", "within", "to");
    /** A time or place adjunct after a name ("on day 42", "on Monday", "last week"). */
    private static final Pattern ADJUNCT = Pattern.compile("\\s+(?:on|in|at|during|last|this|late|early|earlier|later)\\s+\\S.*$");
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern EDGES = Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");
    private static final Pattern NAME_END = Pattern.compile("(?:['\u2019]s?)?[,.;:]?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A party and state or an aside in brackets: "Sen. Bernie Sanders (I-Vt.)". */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)");

    private SpeakerPhrase() {
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String s) {
        return PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    static Speaker parse(String phrase) {
        String p = EDGES.matcher(PARENTHESIS.matcher(phrase).replaceAll("")).replaceAll("");
        if (p.isEmpty()) return Speaker.NONE;
        if (isPronoun(p)) return new Speaker(p, "", Speaker.Kind.UNKNOWN);
        int comma = p.indexOf(',');
        if (comma > 0) {
            Speaker head = parse(p.substring(0, comma));
            String apposition = p.substring(comma + 1).strip();
            // "Putin, however, pledged": a single word between commas is an aside, not a role.
            if (!head.name().isEmpty() && head.role().isEmpty() && apposition.contains(" ") && !apposition.startsWith("who")) {
                return new Speaker(head.name(), apposition, head.kind());
            }
            return head.isEmpty() ? parse(apposition) : head;
        }
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(p)));
        dropAdjunct(words);
        int runStart = nameRunStart(words);
        if (runStart == words.size()) return described(String.join(" ", words));
        // "officials in Zanzibar": the name is a place the group belongs to, not the speaker.
        int prep = runStart - 1;
        if (prep >= 1 && Set.of("the", "a", "an").contains(words.get(prep).toLowerCase(Locale.ROOT))) prep--;
        if (prep >= 1 && PREPOSITIONS.contains(words.get(prep).toLowerCase(Locale.ROOT))) {
            List<String> before = words.subList(0, prep);
            String head = before.get(before.size() - 1);
            if (!capitalised(head)) {
                Speaker h = described(String.join(" ", before));
                String whole = String.join(" ", words);
                return h.kind() == Speaker.Kind.GROUP ? new Speaker(whole, "", h.kind()) : new Speaker("", whole, h.kind());
            }
        }
        return named(words.subList(0, runStart), words.subList(runStart, words.size()));
    }

    /** A name run and what stands before it ("White House press secretary", "Kremlin spokesman"). */
    private static Speaker named(List<String> before, List<String> run) {
        int lastRole = -1;
        for (int i = 0; i < run.size() - 1; i++) if (SpeakerWords.isRole(run.get(i))) lastRole = i;
        int nameFrom = lastRole + 1;
        if (lastRole >= 0 && nameFrom < run.size() && run.get(nameFrom).equalsIgnoreCase("of")) {
            // "Secretary of State Hillary Clinton": the office takes all but the last two words (or the last one).
            int rest = run.size() - nameFrom - 1;
            nameFrom = run.size() - Math.max(1, Math.min(rest - 1, 2));
        }
        while (nameFrom < run.size() - 1 && SpeakerWords.NOT_NAMES.contains(SpeakerWords.lower(run.get(nameFrom)))) nameFrom++;
        List<String> nameWords = new ArrayList<>(run.subList(nameFrom, run.size()));
        while (!nameWords.isEmpty() && PARTICLES.contains(nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT))) nameWords.remove(nameWords.size() - 1);
        if (nameWords.size() > MAX_NAME_WORDS) nameWords = nameWords.subList(nameWords.size() - MAX_NAME_WORDS, nameWords.size());
        String name = NAME_END.matcher(String.join(" ", nameWords)).replaceAll("");
        List<String> roleWords = new ArrayList<>(before);
        roleWords.addAll(run.subList(0, nameFrom));
        String role = String.join(" ", roleWords);
        if (name.isEmpty() || nameWords.size() == 1 && SpeakerWords.NOT_NAMES.contains(SpeakerWords.lower(name))) {
            return role.isEmpty() ? Speaker.NONE : described(role);
        }
        boolean the = !before.isEmpty() && before.get(before.size() - 1).equalsIgnoreCase("the");
        return new Speaker(name, the && roleWords.size() == 1 ? "" : role, kindOfName(nameWords, the));
    }

    static Speaker.Kind kindOfName(List<String> words, boolean afterThe) {
        for (String w : words) {
            for (String part : w.split("[/-]")) {
                String lower = SpeakerWords.lower(part);
                if (SpeakerWords.ORGANISATION.contains(lower)) return Speaker.Kind.ORGANISATION;
                if (part.length() >= 2 && part.equals(part.toUpperCase(Locale.ROOT)) && part.chars().allMatch(Character::isLetter)) {
                    return Speaker.Kind.ORGANISATION;
                }
            }
        }
        if (words.size() == 1 && SpeakerWords.GROUPS.contains(SpeakerWords.lower(words.get(0)))) return Speaker.Kind.GROUP;
        return afterThe ? Speaker.Kind.ORGANISATION : Speaker.Kind.PERSON;
    }

    /** A speaker with no name ("a source", "the 46-year-old", "officials"): the phrase is the role, or a group's name. */
    private static Speaker described(String phrase) {
        String[] words = phrase.split("\\s+");
        String head = SpeakerWords.lower(words[words.length - 1]);
        if (SpeakerWords.GROUPS.contains(head)) return new Speaker(phrase, "", Speaker.Kind.GROUP);
        if (SpeakerWords.ORGANISATION.contains(head)) return new Speaker("", phrase, Speaker.Kind.ORGANISATION);
        for (int i = words.length - 1; i >= 0; i--) {
            String w = SpeakerWords.lower(words[i]);
            if (SpeakerWords.GROUPS.contains(w)) return new Speaker(phrase, "", Speaker.Kind.GROUP);
            if (SpeakerWords.isRole(w) || w.endsWith("-old")) return new Speaker("", phrase, Speaker.Kind.PERSON);
            if (SpeakerWords.ORGANISATION.contains(w)) return new Speaker("", phrase, Speaker.Kind.ORGANISATION);
        }
        return new Speaker("", phrase, Speaker.Kind.UNKNOWN);
    }

    /** Where the trailing run of name words begins (the list's size when the phrase ends in a lower-case word). */
    private static int nameRunStart(List<String> words) {
        int i = words.size();
        while (i > 0) {
            String w = words.get(i - 1);
            if (capitalised(w)) {
                i--;
            } else if (i < words.size() && i >= 2 && PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && capitalised(words.get(i - 2))) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /** Drops a time or place said after a name: "Juma Said on day 42", "A news report Wednesday". */
    private static void dropAdjunct(List<String> words) {
        String joined = String.join(" ", words);
        var m = ADJUNCT.matcher(joined);
        if (m.find() && m.start() > 0) {
            String before = joined.substring(0, m.start());
            String last = before.substring(before.lastIndexOf(' ') + 1);
            if (capitalised(last)) {
                words.clear();
                words.addAll(Arrays.asList(before.split("\\s+")));
            }
        }
        while (words.size() > 1 && SpeakerWords.TIMES.contains(SpeakerWords.lower(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
    }

    static boolean capitalised(String word) {
        if (word.isEmpty()) return false;
        int i = 0;
        while (i < word.length() && "\"'(\u201C".indexOf(word.charAt(i)) >= 0) i++;
        return i < word.length() && Character.isUpperCase(word.charAt(i));
    }
}
