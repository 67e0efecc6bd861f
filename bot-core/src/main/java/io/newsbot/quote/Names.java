package io.newsbot.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises people's names and the roles, titles and pronouns that stand for them in news text. */
final class Names {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> TITLES = Set.of("president", "minister", "foreign", "secretary", "prime", "press", "white",
            "house", "state", "senator", "sen", "rep", "representative", "gov", "governor", "mr", "mrs", "ms", "dr", "chief",
            "general", "gen", "vice", "deputy", "spokesman", "spokeswoman", "spokesperson", "ambassador", "leader", "former",
            "democratic", "republican", "candidate", "nominee", "chairman", "director", "adviser", "advisor", "aide", "diplomat",
            "official", "us", "u.s.", "the", "russian", "american", "chinese", "british", "french", "german", "iranian",
            "syrian", "north", "korean", "south", "ukrainian", "israeli", "turkish", "said", "told", "but", "however",
            "meanwhile", "and", "while", "when", "as", "after", "in", "on", "at", "a", "an", "his", "her", "their", "defense",
            "attorney", "justice", "judge", "sheriff", "mayor", "speaker", "majority", "minority", "whip", "campaign",
            "manager", "commander", "king", "queen", "prince", "pope", "rev", "professor", "analyst");
    /** A run of capitalised words, allowing initials, hyphens and apostrophes: "Sergei Lavrov", "Rex W. Tillerson". */
    static final String NAME = "(?:[A-Z][\\p{L}'\\u2019.-]*\\.?(?:\\s+(?:[A-Z][\\p{L}'\\u2019.-]*\\.?|de|van|von|al|bin|la|le))*)";
    static final String DESCRIPTOR = "(?:(?:the|a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:official|officials|spokesman|spokeswoman|"
            + "spokesperson|source|sources|aide|aides|diplomat|diplomats|analyst|analysts|expert|experts|statement|report|"
            + "president|minister|secretary|senator|lawmaker|lawmakers|leader|leaders|campaign|company|ministry|agency|"
            + "government|court|police|military|army|embassy|administration|white house|kremlin))";
    private static final Pattern TRAILING_NAME = Pattern.compile("(" + NAME + ")$");

    private Names() {
    }

    /** Drops leading titles and roles from a name run: "Russian Foreign Minister Sergei Lavrov" to "Sergei Lavrov". */
    static String clean(String run) {
        String[] words = run.strip().split("\\s+");
        int start = 0;
        while (start < words.length - 1 && TITLES.contains(words[start].toLowerCase(Locale.ROOT).replaceAll("[.,]$", ""))) start++;
        int from = Math.max(start, words.length - 3);
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        return name.replaceAll("['\\u2019]s$", "").replaceAll("[,.]$", "");
    }

    static boolean isPronoun(String s) {
        return PRONOUNS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** The capitalised name run that ends the text, if any. */
    static String trailingName(String text) {
        Matcher m = TRAILING_NAME.matcher(text.stripTrailing());
        if (!m.find()) return "";
        String name = clean(m.group(1));
        return TITLES.contains(name.toLowerCase(Locale.ROOT)) ? "" : name;
    }

    /** Whether a query name ("Lavrov", "sarah sanders") refers to a speaker ("Sergei Lavrov", "Sanders"). */
    static boolean matches(String speaker, String queryName) {
        if (speaker.isEmpty() || queryName.isEmpty()) return false;
        Set<String> a = Set.of(speaker.toLowerCase(Locale.ROOT).split("\\s+"));
        for (String q : queryName.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (q.length() > 2 && a.contains(q)) return true;
        }
        return false;
    }
}
