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
    private static final Set<String> PASSIVE = SpeakerWords.words("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> ATTACHING = SpeakerWords.words("for", "of", "at", "from", "in", "with");
    private static final Set<String> LEADING = SpeakerWords.words("of", "for", "in", "at", "from", "with", "and");
    private static final Set<String> STOPS = SpeakerWords.words("and", "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if",
            "after", "before", "since", "but", "or", "so", "is", "was", "are", "were", "be", "been", "to", "than", "where", "how",
            "why", "what", "said", "says", "told", "not", "has", "have", "had", "will", "would", "it", "there", "then", "also",
            "by", "about", "into", "though", "although", "until", "unless", "whether", "we", "i", "you", "he", "she", "they",
            "him", "them", "us", "me", "can", "could", "should", "may", "might", "do", "does", "did", "this", "these", "those",
            "like", "over", "under", "against", "during", "without", "between", "through", "nor", "yet", "here", "now");

    private SpeakerFinder() {
    }

    /** A speaker phrase and where it stands in the text it was found in. */
    record Phrase(String text, int start, int end) {
        static final Phrase NONE = new Phrase("", 0, 0);

        boolean isEmpty() {
            return text.isEmpty();
        }

        Phrase shift(int by) {
            return isEmpty() ? this : new Phrase(text, start + by, end + by);
        }
    }

    private record Token(String text, int start, int end) {
        boolean is(String s) {
            return text.equals(s);
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** The speaker phrase that ends {@code text} (the words before a cue), or an empty phrase. */
    static Phrase before(String text) {
        return before(text, false);
    }

    /**
     * The same before a verb in its -ing form ({@code progressive}): "some are quietly saying" is said by "some", where
     * "North Korea is thought to" names no speaker.
     */
    static Phrase before(String text, boolean progressive) {
        int base = Math.max(0, text.length() - WINDOW);
        List<Token> tokens = tokens(text, base);
        if (base > 0 && !tokens.isEmpty()) tokens.remove(0);
        return before(text, tokens, tokens.size(), progressive);
    }

    private static Phrase before(String text, List<Token> tokens, int size) {
        return before(text, tokens, size, false);
    }

    private static Phrase before(String text, List<Token> tokens, int size, boolean progressive) {
        int i = size - 1;
        while (i >= 0 && skippable(tokens.get(i).text())) i--;
        if (i < 0) return Phrase.NONE;
        Token last = tokens.get(i);
        if ((last.lower().equals("who") || last.lower().equals("which")) && i >= 2 && tokens.get(i - 1).is(",")) {
            // "Paul Ryan, who said ...": the person the clause hangs on, named where the article writes "who".
            Phrase head = before(text, tokens, i - 1);
            return head.isEmpty() ? head : new Phrase(head.text(), last.start(), last.end());
        }
        if (SpeakerPhrase.isPronoun(last.text()) && !last.lower().equals("who")) return new Phrase(last.text(), last.start(), last.end());
        // "North Korea is thought to ...", "is said to be": a passive verb reports no one named here.
        if (!progressive && (i + 1 < size && PASSIVE.contains(tokens.get(i + 1).lower()) || PASSIVE.contains(last.lower()))) return Phrase.NONE;
        int parenEnd = -1;
        if (last.is(")")) {
            // "Sen. Bernie Sanders (I-Vt.) said": the party and state belong to the name before them.
            int open = matching(tokens, i);
            if (open < 1) return Phrase.NONE;
            parenEnd = i;
            i = open - 1;
            last = tokens.get(i);
        }
        int phraseEnd = -1;
        boolean relative = false;
        if (last.is(",")) {
            int open = i - 1;
            while (open >= 0 && i - open < 16 && !tokens.get(open).is(",") && !boundary(tokens.get(open).text())) open--;
            if (open <= 0 || !tokens.get(open).is(",")) return Phrase.NONE;
            String first = tokens.get(open + 1).lower();
            relative = first.equals("who") || first.equals("which");
            phraseEnd = tokens.get(i - 1).end();
            i = open - 1;
        }
        int end = i;
        int start = i + 1;
        while (start > 0 && end - start < MAX_WORDS) {
            Token t = tokens.get(start - 1);
            if (t.is(")")) {
                int open = matching(tokens, start - 1);
                if (open < 1) break;
                start = open;
                continue;
            }
            if (boundary(t.text()) || STOPS.contains(t.lower())) break;
            start--;
            if (DETERMINERS.contains(t.lower())) {
                // "a spokeswoman for the ministry", "officials of the party": the phrase goes on before the preposition.
                boolean attached = start >= 2 && ATTACHING.contains(tokens.get(start - 1).lower()) && !boundary(tokens.get(start - 2).text())
                        && !STOPS.contains(tokens.get(start - 2).lower()) && !SpeakerPhrase.capitalised(tokens.get(start - 2).text())
                        && (start + 1 > end || !SpeakerPhrase.capitalised(tokens.get(start + 1).text()) || personNoun(tokens.get(start - 2).lower()));
                if (!attached) break;
                start--;
            }
        }
        // "Voters who support Trump said": the speaker is the noun the relative clause hangs on.
        if (start >= 2 && (tokens.get(start - 1).lower().equals("who") || tokens.get(start - 1).lower().equals("that"))) {
            Token head = tokens.get(start - 2);
            if (!boundary(head.text()) && !STOPS.contains(head.lower()) && !Cues.isVerb(head.text())) return before(text, tokens, start - 1);
        }
        while (start <= end && LEADING.contains(tokens.get(start).lower())) start++;
        if (start > end) return Phrase.NONE;
        int from = tokens.get(start).start();
        int to = relative || phraseEnd < 0 ? tokens.get(parenEnd >= 0 ? parenEnd : end).end() : phraseEnd;
        return new Phrase(text.substring(from, to), from, to);
    }

    /** The "(" that a ")" at {@code close} closes, a few words back, or -1. */
    private static int matching(List<Token> tokens, int close) {
        for (int k = close - 1; k >= 0 && close - k <= 8; k--) {
            if (tokens.get(k).is("(")) return k;
            if (tokens.get(k).is(")") || tokens.get(k).is("\"")) return -1;
        }
        return -1;
    }

    /**
     * A noun for people that a named body may follow ("a spokesman for the State Department", "officials of the Kremlin"),
     * unlike "the approval of the Illinois Board of Elections", where the body is the speaker.
     */
    private static boolean personNoun(String word) {
        return SpeakerWords.isRole(word) || SpeakerWords.GROUPS.contains(word) || DETERMINERS.contains(word) || word.equals("percent")
                || word.endsWith("man") || word.endsWith("woman") || word.endsWith("person") || word.endsWith("people");
    }

    private static boolean skippable(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return SKIP.contains(lower) || SpeakerWords.TIMES.contains(lower) || lower.length() > 4 && lower.endsWith("ly") && !lower.equals("italy")
                && Character.isLowerCase(token.charAt(0));
    }

    private static boolean boundary(String token) {
        return token.length() == 1 && ";:()\"\u2014\u2013.,".contains(token) || token.equals("--");
    }

    /** Words from {@code from} on, with commas, semicolons, colons, brackets, dashes, quotation marks and sentence stops apart. */
    private static List<Token> tokens(String text, int from) {
        List<Token> out = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean mark = ",;:()\"\u2014\u2013".indexOf(c) >= 0;
            if (Character.isWhitespace(c) || mark) {
                if (start >= 0) addWord(text, start, i, out);
                start = -1;
                if (mark) out.add(new Token(String.valueOf(c), i, i + 1));
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** A word; a full stop that ends it ends a sentence unless the word is an abbreviation or an initial. */
    private static void addWord(String text, int start, int end, List<Token> out) {
        String w = text.substring(start, end);
        if (w.length() > 3 && w.endsWith(".") && w.indexOf('.') == w.length() - 1 && !SpeakerWords.isRole(w)) {
            out.add(new Token(w.substring(0, w.length() - 1), start, end - 1));
            out.add(new Token(".", end - 1, end));
        } else {
            out.add(new Token(w, start, end));
        }
    }
}
