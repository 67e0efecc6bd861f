package io.newsbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes slips of the keyboard in the words that frame a question ("waht did Lavrov sya" → "what did Lavrov say"),
 * and common chat shorthand ("abt", "pls"). Only the question's scaffolding is corrected: a word is changed to a
 * word of {@link #VOCABULARY} one slip away (two letters swapped, one doubled; for longer words also one missing,
 * extra or wrong letter after the first), when exactly one such word exists and the typed word is not itself a
 * real word ("three" stays, it is not "there"). Names are never touched: a capitalised word is left alone unless it
 * opens a sentence, and names are not in the vocabulary, so nothing is corrected into one.
 */
final class ScaffoldSpelling {
    /** The scaffolding words, the most common in questions first: a slip two of them are equally near goes to the first. */
    private static final List<String> BY_FREQUENCY = List.of(("what the did say said about was who how which is are were has have had "
            + "does this that there they their with from when where why been being says saying tell told think thinks thought news latest "
            + "anything something else more these those them and but for into over after before since week today yesterday month days "
            + "last past regarding concerning comment comments commented mention mentioned statement statements remarks view views take "
            + "opinion position stance reaction respond responded react reacted newest recent recently happened happening going know "
            + "please thanks thank question quick could would should can will you your give show any some other also just like want "
            + "wondering hello articles article stories story report reports reported according against during between many much first "
            + "people not all its his her him she our out than then very new").split(" "));
    static final Set<String> VOCABULARY = Set.copyOf(BY_FREQUENCY);
    private static final Set<String> OPENERS = Set.of("what", "what's", "which", "who", "whom", "whose", "where", "when", "why", "how", "did",
            "does", "was", "were", "are", "has", "have", "had", "can", "could", "would", "should", "tell", "any", "anything", "please",
            "the", "and", "but", "about", "according", "after", "before", "since", "there", "this", "that", "these", "those", "with",
            "from", "for", "into", "over", "during", "between", "against", "latest", "news");
    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("wat", "what"), Map.entry("wut", "what"),
            Map.entry("wats", "what's"), Map.entry("whats", "what's"), Map.entry("abt", "about"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("u", "you"),
            Map.entry("ur", "your"), Map.entry("sth", "something"), Map.entry("smth", "something"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("dunno", "don't know"), Map.entry("bc", "because"), Map.entry("cuz", "because"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    private static final Pattern CLITIC = Pattern.compile("'(?:s|re|ll|d|ve|t)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(this|thus|tis|ths|thsi|htis|tihs|thi|those|its|last|lats|lsat|lst|past|pats|pst)(\\s+)(\\p{L}{3,6})\\b(?![-\\p{L}])");
    private static final Pattern SAID_ABOUT = Pattern.compile("(?i)\\b((?:was|were|been|being|is|are)\\s+)(\\p{L}{3,5})(\\s+(?:about|on|by|regarding|concerning)\\b)");
    private final Set<String> realWords;

    ScaffoldSpelling() {
        this.realWords = load("real-words-near-scaffolding.txt");
    }

    String fix(String raw) {
        String text = inContext(raw);
        boolean anyLower = text.chars().anyMatch(Character::isLowerCase);
        // In a message with capitals, a word typed in lower case is no name; all in lower case, "las" may be Las Vegas.
        boolean capitalsMarkNames = anyLower && text.chars().anyMatch(Character::isUpperCase);
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            boolean opensSentence = opensSentence(text, m.start());
            // Letters of an abbreviation or a compound ("u.s.", "u-turn", "same-sex") are not words to correct.
            boolean part = before.endsWith(".") || before.endsWith("-") || text.startsWith(".", m.end()) && m.end() + 1 < text.length()
                    && Character.isLetter(text.charAt(m.end() + 1)) || text.startsWith("-", m.end());
            String fixed = part ? word : correct(word, opensSentence || !anyLower, text.substring(0, m.start()).isBlank() || capitalsMarkNames);
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(out);
        return inContext(out.toString());
    }

    /** Whether the word at {@code at} starts the text or follows a sentence's end, a colon or an opening quotation mark. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || ".!?:;\"(\u201c\u2018\u00ab".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Slips that give a real word, read from the words around them: "this wee", "thus week" and "this werk" are
     * "this week"; "was sad about" is "was said about".
     */
    private static String inContext(String text) {
        Matcher m = WHEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            String fixedWhich = Set.of("this", "last", "past").contains(which) ? m.group(1)
                    : which.startsWith("l") ? "last" : which.startsWith("p") ? "past" : "this";
            String fixedUnit = Set.of("week", "month", "year").contains(unit) ? m.group(3) : oneSlip(unit, "week") ? "week"
                    : oneSlip(unit, "month") ? "month" : oneSlip(unit, "year") ? "year" : null;
            if (Set.of("weeks", "months", "years").contains(unit)) fixedUnit = null;
            String replacement = fixedWhich == null || fixedUnit == null ? m.group() : fixedWhich + m.group(2) + fixedUnit;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        Matcher said = SAID_ABOUT.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (said.find()) {
            String verb = said.group(2).toLowerCase(Locale.ROOT);
            boolean slip = !verb.equals("said") && oneSlip(verb, "said");
            said.appendReplacement(result, Matcher.quoteReplacement(slip ? said.group(1) + "said" + said.group(3) : said.group()));
        }
        said.appendTail(result);
        return result.toString();
    }

    private String correct(String word, boolean capitalsMeanNothing, boolean shortWordsToo) {
        Matcher suffix = CLITIC.matcher(word);
        if (suffix.find() && suffix.start() > 0) return correct(word.substring(0, suffix.start()), capitalsMeanNothing, shortWordsToo) + suffix.group();
        String lower = word.toLowerCase(Locale.ROOT);
        boolean typedLower = word.equals(lower);
        // A capital means a name, unless it opens a sentence (or the whole message is in capitals); "McConnell" stays.
        if (!typedLower && !capitalsMeanNothing) return word;
        if (known(lower)) return word;
        String fixed = SHORTHAND.containsKey(lower) ? SHORTHAND.get(lower) : nearest(lower, shortWordsToo);
        if (fixed == null || typedLower) return fixed == null ? word : fixed;
        // A capital opening a sentence may still be a name ("Manny", "Theo"): only a word that opens questions replaces it.
        if (!OPENERS.contains(fixed)) return word;
        return word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1 ? fixed.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
    }

    private boolean known(String lower) {
        return VOCABULARY.contains(lower) || realWords.contains(lower);
    }

    /**
     * The vocabulary word a slip away from the typed one: swapped or doubled letters (the commonest slips) first, then
     * a missing letter, an extra one, a wrong one; among equally near words the commoner. Only swaps and doubles are
     * read in words under four letters unless told otherwise ("wht did ..."): "las" may be Las Vegas.
     * {@code null} when none is near.
     */
    private static String nearest(String typed, boolean shortWordsToo) {
        if (typed.length() < 3) return null;
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String w : BY_FREQUENCY) {
            if (Math.abs(w.length() - typed.length()) > 1) continue;
            if (swapped(typed, w) || doubled(typed, w)) return w;
            if (typed.length() < 4 && !shortWordsToo || !oneSlip(typed, w)) continue;
            int rank = typed.length() < w.length() ? 1 : typed.length() > w.length() ? 2 : 3;
            if (rank < bestRank) {
                best = w;
                bestRank = rank;
            }
        }
        return best;
    }

    static boolean oneSlip(String typed, String word) {
        if (swapped(typed, word) || doubled(typed, word)) return true;
        if (word.length() < 4 || typed.charAt(0) != word.charAt(0)) return false;
        if (typed.length() == word.length()) {
            int diff = 0;
            for (int i = 0; i < word.length(); i++) if (typed.charAt(i) != word.charAt(i)) diff++;
            return diff == 1;
        }
        String longer = typed.length() > word.length() ? typed : word;
        String shorter = longer == typed ? word : typed;
        for (int i = 1; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) return true;
        }
        return false;
    }

    private static boolean swapped(String typed, String word) {
        if (typed.length() != word.length()) return false;
        for (int i = 0; i + 1 < word.length(); i++) {
            if (typed.charAt(i) != word.charAt(i)) {
                return typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                        && typed.substring(i + 2).equals(word.substring(i + 2));
            }
        }
        return false;
    }

    private static boolean doubled(String typed, String word) {
        if (typed.length() != word.length() + 1) return false;
        for (int i = 0; i < word.length(); i++) {
            if ((word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1)).equals(typed)) return true;
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ScaffoldSpelling.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
