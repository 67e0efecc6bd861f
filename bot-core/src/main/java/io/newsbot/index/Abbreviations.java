package io.newsbot.index;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a full stop after a word ends a sentence, judged from that word and the word after it. News text is full of
 * abbreviations that a plain "full stop, space, capital" rule cuts at: titles before names ("Sen.", "Gov.", "St."),
 * initials ("Rex W. Tillerson", "J.D. Vance"), months before dates ("Nov. 8"), and abbreviations that may also end
 * a sentence ("U.S.", "Inc.", "Jr."), where only a word that typically opens a sentence decides.
 */
final class Abbreviations {
    /** Titles and words that stand before a name or a number and never end a sentence. */
    private static final Set<String> NEVER_ENDS = Set.of("mr", "mrs", "ms", "messrs", "dr", "sen", "sens", "rep", "reps", "gov", "govs",
            "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof", "rev", "hon", "pres", "supt", "det", "insp", "st", "ste",
            "ft", "mt", "amb", "atty", "gens", "cpl", "pvt", "fr", "msgr", "sec", "vs", "v", "no", "nos", "vol", "pp", "fig",
            "approx", "est", "dept", "univ", "assn", "ex", "e.g", "i.e", "cf", "al", "op", "ed");
    /** Abbreviations that stand before a number ("Nov. 8") but may end a sentence otherwise. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "p", "art", "sec", "ch", "para");
    /** Abbreviations that may end a sentence or go on with a name ("Trump Jr. Chief", "Calif. Gov."). */
    private static final Set<String> MAY_END = Set.of("jr", "sr", "inc", "corp", "co", "ltd", "llc", "bros", "ave", "blvd", "rd",
            "etc", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
            "wyo", "gov't", "govt");
    /** Words that often open a sentence: after an abbreviation that may end one ("U.S.", "Inc."), they start a new one. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in",
            "on", "at", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "my", "as", "if", "when",
            "while", "after", "before", "so", "yet", "still", "however", "meanwhile", "then", "now", "for", "with", "some", "many",
            "most", "not", "one", "what", "why", "how", "who", "where", "both", "all", "each", "during", "since", "although", "though",
            "because", "instead", "also", "even", "only", "other", "such", "no", "yes", "by", "from", "to", "under", "until", "among");

    private Abbreviations() {
    }

    /**
     * Whether the full stop that ends {@code word} (the characters since the last space, without the full stop) ends
     * the sentence, given the word that follows it ({@code next}, empty at the end of the text).
     */
    static boolean endsSentence(String word, String next) {
        String w = stripOpeners(word);
        if (w.isEmpty()) return true;
        String lower = w.toLowerCase(Locale.ROOT);
        if (NEVER_ENDS.contains(lower)) return false;
        boolean nextIsNumber = !next.isEmpty() && Character.isDigit(next.charAt(0));
        if (BEFORE_NUMBERS.contains(lower)) return !nextIsNumber && opensSentence(next);
        if (MAY_END.contains(lower)) return opensSentence(next);
        // An initial ("W.") or a run of them ("J.D.", "U.S."), or an abbreviation with an inner full stop ("a.m."):
        // part of a name or a phrase unless an ordinary sentence opener follows.
        if (isInitials(w)) return opensSentence(next);
        return true;
    }

    /** Whether a word is an initial or a run of letters with full stops between them ("W", "J.D", "U.S", "a.m"). */
    private static boolean isInitials(String w) {
        if (w.length() == 1) return Character.isUpperCase(w.charAt(0));
        boolean dotted = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.') {
                if (i == 0 || w.charAt(i - 1) == '.') return false;
                dotted = true;
            } else if (!Character.isLetter(c) || i > 0 && w.charAt(i - 1) != '.') {
                return false;
            }
        }
        return dotted;
    }

    /** Whether a word ("The", "\"But") is one that typically opens a sentence. */
    static boolean opensSentence(String next) {
        String n = stripOpeners(next);
        int end = 0;
        while (end < n.length() && Character.isLetter(n.charAt(end))) end++;
        return OPENERS.contains(n.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static String stripOpeners(String word) {
        int i = 0;
        while (i < word.length() && "\"'([{\u201C\u2018".indexOf(word.charAt(i)) >= 0) i++;
        return word.substring(i);
    }
}
