package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the speaker phrase that stands right before a verb of saying, walking back over words: past adverbs,
 * auxiliaries and times ("has long said", "on Monday said"), past an apposition or relative clause in commas
 * ("Clinton, who was in Ohio, said"), then over the noun phrase itself, names, roles and what places them
 * ("officials in Zanzibar", "a spokeswoman for the ministry"), up to its determiner. Looks at most
 * {@link #WINDOW} characters back, so its cost does not grow with the sentence.
 */
final class SpeakerFinder {
    static final int WINDOW = 200;
    private static final int MAX_WORDS = 9;
    private static final Set<String> SKIP = SpeakerWords.words("also", "later", "then", "again", "previously", "has", "have", "had", "did",
            "does", "do", "would", "will", "could", "can", "may", "might", "should", "must", "once", "now", "still", "just", "even",
            "never", "not", "first", "long", "already", "often", "always", "is", "was", "were", "are", "be", "been", "being",
            "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "on", "early", "late", "recently",
            "today", "yesterday", "tonight", "soon", "further", "ago", "too", "all", "both", "initially", "had", "n't", "ever",
            "apparently", "reportedly", "repeatedly");
    private static final Set<String> DETERMINERS = SpeakerWords.words("the", "a", "an", "another", "one", "some", "many", "most", "several",
            "other", "his", "her", "their", "its", "our", "my", "your", "two", "three", "four", "five", "few", "more", "each", "both",
            "these", "those", "all", "any", "no", "such", "every");
    private static final Set<String> STOPS = SpeakerWords.words("that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if",
            "after", "before", "since", "but", "or", "so", "is", "was", "are", "were", "be", "been", "to", "than", "where", "how",
            "why", "what", "said", "says", "told", "not", "has", "have", "had", "will", "would", "it", "there", "then", "also",
            "by", "about", "into", "though", "although", "until", "unless", "whether", "we", "i", "you", "he", "she", "they",
            "him", "them", "us", "me", "can", "could", "should", "may", "might", "do", "does", "did", "this", "these", "those",
            "like", "over", "under", "against", "during", "without", "between", "through", "nor", "yet", "here", "now");

    private SpeakerFinder() {
    }

    /** The speaker phrase that ends {@code text} (the words before a cue), or empty. */
    static String before(String text) {
        String window = text.length() > WINDOW ? text.substring(text.length() - WINDOW) : text;
        List<String> tokens = tokens(window);
        if (text.length() > WINDOW && !tokens.isEmpty()) tokens.remove(0);
        int i = tokens.size() - 1;
        while (i >= 0 && skippable(tokens.get(i))) i--;
        if (i < 0) return "";
        String last = tokens.get(i);
        if (SpeakerPhrase.isPronoun(last) && !last.equalsIgnoreCase("who")) return last;
        String apposition = "";
        if (last.equals(",")) {
            int open = i - 1;
            while (open >= 0 && i - open < 16 && !tokens.get(open).equals(",") && !boundary(tokens.get(open))) open--;
            if (open <= 0 || !tokens.get(open).equals(",")) return "";
            apposition = String.join(" ", tokens.subList(open + 1, i));
            i = open - 1;
        }
        int end = i;
        int start = i + 1;
        while (start > 0 && end - start < MAX_WORDS) {
            String t = tokens.get(start - 1);
            String lower = t.toLowerCase(Locale.ROOT);
            if (boundary(t) || STOPS.contains(lower)) break;
            start--;
            if (DETERMINERS.contains(lower)) break;
        }
        // "Voters who support Trump said": the speaker is the noun the relative clause hangs on.
        if (start > 0 && start - 1 < tokens.size() && Set.of("who", "that").contains(tokens.get(start - 1).toLowerCase(Locale.ROOT))
                && start >= 2 && !boundary(tokens.get(start - 2)) && !STOPS.contains(tokens.get(start - 2).toLowerCase(Locale.ROOT))
                && !Cues.isVerb(tokens.get(start - 2))) {
            return before(String.join(" ", tokens.subList(0, start - 1)));
        }
        while (start <= end && (Set.of("of", "for", "in", "at", "from", "with", "and").contains(tokens.get(start).toLowerCase(Locale.ROOT)))) start++;
        if (start > end) return "";
        String phrase = String.join(" ", tokens.subList(start, end + 1));
        return apposition.isEmpty() || apposition.startsWith("who") || apposition.startsWith("which") ? phrase : phrase + ", " + apposition;
    }

    private static boolean skippable(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return SKIP.contains(lower) || SpeakerWords.TIMES.contains(lower) || lower.length() > 4 && lower.endsWith("ly") && !lower.equals("italy")
                && Character.isLowerCase(token.charAt(0));
    }

    private static boolean boundary(String token) {
        return token.length() == 1 && ";:()\"\u2014\u2013".contains(token) || token.equals("--") || token.equals(".") || token.equals(",");
    }

    /** Words, with commas, semicolons, colons, brackets, dashes and quotation marks as tokens of their own. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || ",;:()\"\u2014\u2013".indexOf(c) >= 0) {
                if (!word.isEmpty()) out.add(word.toString());
                word.setLength(0);
                if (!Character.isWhitespace(c)) out.add(String.valueOf(c));
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        for (int i = 0; i < out.size(); i++) {
            String w = out.get(i);
            // A full stop that ends a word ends a sentence unless the word is an abbreviation or an initial.
            if (w.length() > 1 && w.endsWith(".") && !w.substring(0, w.length() - 1).contains(".") && w.length() > 3
                    && !SpeakerWords.isRole(w)) {
                out.set(i, w.substring(0, w.length() - 1));
                out.add(i + 1, ".");
                i++;
            }
        }
        return out;
    }
}
