package io.newsbot.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one article says about the names in it, read in one pass: the people it names in full (with where, and whether
 * the name stands as a sentence's subject), their genders where a first name or a title tells, and the capitalised words
 * that it also writes in lower case (so "Clove" opening a sentence is a common noun, not a speaker).
 */
final class ArticleNames {
    /** A person named in full at {@code offset}; {@code subject} when the name opens its sentence or clause. */
    record Mention(int offset, String name, char gender, boolean subject) {
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, List<Mention>> byLastName = new HashMap<>();
    private final Map<String, Character> genderByLastName = new HashMap<>();
    private final Set<String> lowerCaseWords = new HashSet<>();

    ArticleNames(String body) {
        List<String> run = new ArrayList<>();
        int runStart = -1;
        boolean clauseStart = true;
        boolean runAtClauseStart = false;
        // Inside a quotation the speaker's own sentences open with names ("Hillary Clinton represents ..."): those are
        // not the article's subjects that "he" or "she" refers to. A paragraph break ends any quotation left open.
        boolean quoted = false;
        int i = 0;
        int n = body.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                if (body.charAt(i) == '\n') quoted = false;
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(body.charAt(i))) i++;
            if (start == i) break;
            String token = body.substring(start, i);
            int from = 0;
            int to = token.length();
            while (from < to && "\"'([\u201C\u2018".indexOf(token.charAt(from)) >= 0) {
                if (token.charAt(from) == '"') quoted = !quoted;
                from++;
            }
            while (to > from && "\"'),;:!?]\u201D\u2019".indexOf(token.charAt(to - 1)) >= 0) to--;
            boolean closes = false;
            for (int k = to; k < token.length(); k++) if (token.charAt(k) == '"') closes = !closes;
            String word = token.substring(from, to);
            boolean breaks = to < token.length() || endsSentence(word);
            if (word.isEmpty()) {
                flush(run, runStart, runAtClauseStart);
                run.clear();
                clauseStart = true;
                continue;
            }
            if (Character.isLowerCase(word.charAt(0))) {
                if (!clauseStart) lowerCaseWords.add((word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT));
                if (!run.isEmpty() && SpeakerPhrase.isParticle(word) && !breaks) {
                    run.add(word);
                } else {
                    flush(run, runStart, runAtClauseStart);
                    run.clear();
                    clauseStart = false;
                }
            } else if (Character.isUpperCase(word.charAt(0))) {
                if (run.isEmpty()) {
                    runStart = start;
                    runAtClauseStart = clauseStart && !quoted;
                }
                run.add(word);
            } else {
                flush(run, runStart, runAtClauseStart);
                run.clear();
                clauseStart = false;
            }
            if (breaks) {
                flush(run, runStart, runAtClauseStart);
                run.clear();
                clauseStart = true;
            }
            if (closes) quoted = !quoted;
        }
        flush(run, runStart, runAtClauseStart);
    }

    private static boolean endsSentence(String word) {
        if (!word.endsWith(".")) return false;
        String w = word.substring(0, word.length() - 1);
        return w.length() > 1 && !w.contains(".") && !SpeakerWords.isRole(w) && !SpeakerWords.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
    }

    private void flush(List<String> run, int start, boolean atClauseStart) {
        while (!run.isEmpty() && SpeakerPhrase.isParticle(run.get(run.size() - 1))) run.remove(run.size() - 1);
        if (run.isEmpty()) return;
        String title = SpeakerWords.lower(run.get(0));
        if (run.size() == 2 && SpeakerWords.gender(title) != '?' && SpeakerWords.isRole(title)) {
            // "Mr. Barrett", "Mrs. Clinton": no first name, but the title tells the gender.
            genderByLastName.putIfAbsent(key(run.get(1)), SpeakerWords.gender(title));
            return;
        }
        if (run.size() == 1 && atClauseStart) {
            // "Cruz on Friday played down the deal": a bare last name already named in full, opening a clause, is that
            // person as a sentence's subject (what "he" most often refers to next).
            List<Mention> named = byLastName.get(key(run.get(0)));
            if (named != null) {
                Mention full = named.get(named.size() - 1);
                mentions.add(new Mention(start, full.name(), full.gender(), true));
            }
            return;
        }
        if (run.size() < 2) return;
        Speaker s = SpeakerPhrase.parse(String.join(" ", run));
        String[] words = s.name().split("\\s+");
        if (s.kind() != Speaker.Kind.PERSON || words.length < 2) return;
        char gender = SpeakerWords.gender(words[0]);
        if (gender == '?' && !s.role().isEmpty()) gender = SpeakerWords.gender(s.role().split("\\s+")[0]);
        Mention m = new Mention(start, s.name(), gender, atClauseStart);
        mentions.add(m);
        String last = key(words[words.length - 1]);
        byLastName.computeIfAbsent(last, k -> new ArrayList<>()).add(m);
        if (gender != '?') genderByLastName.putIfAbsent(last, gender);
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("\u2019s")) w = w.substring(0, w.length() - 2);
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i)) || w.charAt(i) == '-') sb.append(w.charAt(i));
        return sb.toString();
    }

    /** The full name last used before {@code offset} for a bare last name ("Lavrov" to "Sergei Lavrov"), or the first after. */
    String fullName(String lastName, int offset) {
        List<Mention> found = byLastName.get(key(lastName));
        if (found == null) return "";
        int lo = 0;
        int hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).offset() < offset) lo = mid + 1;
            else hi = mid;
        }
        return found.get(Math.max(0, lo - 1)).name();
    }

    char genderOf(String name) {
        String[] words = name.split("\\s+");
        char g = words.length > 1 ? SpeakerWords.gender(words[0]) : '?';
        if (g != '?') return g;
        return genderByLastName.getOrDefault(key(words[words.length - 1]), '?');
    }

    /** Whether a capitalised word also appears in lower case in the article (a common noun that opened a sentence). */
    boolean commonNoun(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The people named in full before {@code offset}, nearest first, at most {@code limit}. */
    List<Mention> before(int offset, int limit) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).offset() < offset) lo = mid + 1;
            else hi = mid;
        }
        List<Mention> out = new ArrayList<>();
        for (int i = lo - 1; i >= 0 && out.size() < limit; i--) out.add(mentions.get(i));
        return out;
    }
}
