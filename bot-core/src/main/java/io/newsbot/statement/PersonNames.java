package io.newsbot.statement;

import io.newsbot.quote.NameMatch;
import io.newsbot.quote.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People's names in news text: the part of a speaker phrase that is the name ("Sergei Lavrov" in "Russian Foreign
 * Minister Sergei Lavrov"), its last name, whether a phrase names a person at all ("White House" does not), and
 * whether a name a user asked about refers to a speaker. Question names are compared through io.newsbot.quote's
 * {@link NameMatch} first, so its matching rules apply here too.
 */
public final class PersonNames {
    /** Words that stand before a name but are not part of it: honorifics, titles, roles, nationalities. */
    private static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
            "representative", "congressman", "congresswoman", "gov", "governor", "lt", "col", "capt", "sgt", "gen", "general", "adm", "admiral",
            "maj", "cmdr", "rev", "reverend", "prof", "professor", "president", "vice", "prime", "minister", "foreign", "secretary", "press",
            "chief", "deputy", "spokesman", "spokeswoman", "spokesperson", "ambassador", "leader", "former", "candidate", "nominee", "chairman",
            "chairwoman", "chair", "director", "adviser", "advisor", "aide", "attorney", "justice", "judge", "sheriff", "mayor", "speaker",
            "majority", "minority", "whip", "manager", "commander", "king", "queen", "prince", "princess", "pope", "analyst", "coach", "ceo",
            "founder", "host", "anchor", "correspondent", "editor", "columnist", "author", "actor", "actress", "singer", "rapper", "pastor",
            "officer", "detective", "lawyer", "economist", "historian", "strategist", "pollster", "consultant", "executive", "treasurer",
            "commissioner", "superintendent", "chancellor", "councilman", "councilwoman", "delegate", "state", "white", "house", "democratic",
            "republican", "gop", "u.s", "us", "u.n", "un", "the", "first", "general's", "national", "security", "defense", "homeland",
            "treasury", "trade", "health", "rev", "st", "pres", "dem", "sec");
    /** Capitalised words that open sentences and clauses, never a first name. */
    private static final Set<String> FUNCTION_WORDS = set("but", "and", "or", "so", "yet", "then", "when", "while", "after", "before", "as",
            "if", "though", "although", "because", "since", "also", "still", "now", "here", "there", "what", "why", "how", "who", "where", "in",
            "on", "at", "for", "with", "from", "to", "by", "of", "that", "this", "these", "those", "a", "an", "meanwhile", "however", "instead",
            "later", "earlier", "asked", "according", "said", "says", "told", "during", "until", "once", "even", "only", "just", "like", "unlike",
            "both", "neither", "either", "every", "each", "all", "some", "many", "most", "other", "another", "his", "her", "their", "its", "our",
            "my", "your", "he", "she", "they", "it", "we", "i", "you", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    /** Words that open a sentence before a name but never begin one ("Despite Santilli's insistence", "See Sexton's essay"). */
    private static final Set<String> OPENERS = set("despite", "see", "amid", "among", "following", "against", "about", "through", "without",
            "within", "under", "over", "into",
            "toward", "towards", "via", "indeed", "perhaps", "maybe", "thus", "hence", "therefore", "moreover", "furthermore", "besides",
            "likewise", "similarly", "notably", "interestingly", "ironically", "unfortunately", "fortunately", "clearly", "obviously",
            "apparently", "nevertheless", "nonetheless", "not", "no", "yes", "well");
    /** Words that make a capitalised phrase an organisation or institution rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = set("house", "department", "ministry", "kremlin", "pentagon", "committee",
            "campaign", "party", "office", "agency", "times", "post", "journal", "news", "network", "council", "commission", "university",
            "college", "institute", "foundation", "association", "court", "senate", "congress", "administration", "bureau", "service", "company",
            "inc", "corp", "corporation", "group", "center", "centre", "fund", "bank", "union", "police", "embassy", "government", "army", "navy",
            "press", "magazine", "board", "organization", "organisation", "club", "media", "trust", "church", "school", "airlines", "clinic",
            "hospital", "project", "initiative", "coalition", "caucus", "pac", "radio", "tv", "television", "channel", "reuters", "politico",
            "breitbart", "bloomberg", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "npr", "bbc", "gallup", "twitter", "facebook", "google",
            "liberty", "europe", "staff", "team", "city", "county", "state", "states", "nations", "forces",
            "ministers", "parliament", "assembly", "authority", "council", "command", "guard", "cabinet", "federation", "league", "alliance",
            "society", "institution", "laboratory", "lab", "report", "statement", "poll", "survey", "study", "website", "blog", "daily",
            "weekly", "herald", "tribune", "gazette", "review", "watch", "center's", "foundation's");
    /** Adjectives of nationality and party that stand before names ("Russian Foreign Minister ..."). */
    private static final Set<String> NATIONALITIES = set("american", "russian", "chinese", "british", "french", "german", "iranian", "syrian",
            "korean", "ukrainian", "israeli", "turkish", "mexican", "canadian", "japanese", "indian", "pakistani", "afghan", "iraqi", "saudi",
            "egyptian", "palestinian", "italian", "spanish", "polish", "dutch", "belgian", "swedish", "norwegian", "danish", "finnish", "greek",
            "irish", "scottish", "welsh", "english", "australian", "brazilian", "argentine", "venezuelan", "cuban", "colombian", "nigerian",
            "kenyan", "libyan", "lebanese", "jordanian", "qatari", "emirati", "yemeni", "somali", "ethiopian", "turkish", "hungarian",
            "czech", "austrian", "swiss", "portuguese", "filipino", "vietnamese", "thai", "indonesian", "malaysian", "taiwanese", "tibetan",
            "kurdish", "european", "asian", "african", "arab", "latino", "hispanic", "belarusian", "georgian", "armenian", "serbian",
            "croatian", "bosnian", "albanian", "romanian", "bulgarian", "estonian", "latvian", "lithuanian", "zimbabwean", "tanzanian",
            "ugandan", "rwandan", "sudanese", "chilean", "peruvian", "bolivian", "haitian", "jamaican", "democrat", "conservative", "liberal",
            "labour", "tory", "socialist", "independent", "presidential", "federal", "senior", "top", "acting", "interim", "incoming", "outgoing");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "al", "bin", "la", "le", "da", "del", "der", "du");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them");

    private PersonNames() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** The words of a text without the punctuation around them ("Mr." → "Mr", "Sanders'" → "Sanders"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("[\\s,;:]+")) {
            // An initial keeps its full stop ("Loretta E. Lynch").
            String t = w.matches("[A-Z]\\.") ? w : w.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("(?:['\u2019]s)?[^\\p{L}\\p{N}]*$", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /**
     * The name in a speaker phrase, without the titles, roles and possessors before it: "Russian Foreign Minister Sergei
     * Lavrov" → "Sergei Lavrov", "Mr. Clarke" → "Clarke", "Fox's Chris Wallace" → "Chris Wallace". Phrases that name no
     * one come back as they are.
     */
    public static String name(String phrase) {
        // An apposition or a bracket after the name ("Sarah Sanders, White House press secretary") is not part of it.
        String[] raw = phrase.replaceAll("\\([^)]*\\)", " ").split(",")[0].strip().split("\\s+");
        List<String> w = new ArrayList<>();
        List<Boolean> possessive = new ArrayList<>();
        for (String r : raw) {
            List<String> cleaned = words(r);
            if (cleaned.isEmpty()) continue;
            w.add(cleaned.get(0));
            possessive.add(r.matches(".*['\u2019]s?[^\\p{L}]*$") && !r.matches("^[A-Z]['\u2019].*"));
        }
        int start = 0;
        for (int i = 0; i < w.size() - 1; i++) {
            String l = lower(w.get(i));
            if (PARTICLES.contains(l) && i > start) continue;
            // A nationality stands before a role ("German Chancellor Angela Merkel"), not before a surname ("German Ortega").
            boolean nationality = isNationality(l) && i + 2 < w.size();
            boolean opener = i == start && OPENERS.contains(l);
            if (TITLES.contains(l) || !Character.isUpperCase(w.get(i).charAt(0)) || possessive.get(i) || nationality || opener) start = i + 1;
        }
        if (start >= w.size()) return phrase.strip();
        return String.join(" ", w.subList(start, w.size()));
    }

    private static boolean isNationality(String lower) {
        return NATIONALITIES.contains(lower);
    }

    /** The last name of a speaker in lower case ("sergei lavrov" → "lavrov"), or empty when the phrase has no words. */
    public static String surname(String speaker) {
        List<String> w = words(name(speaker));
        int end = w.size();
        while (end > 1 && SUFFIXES.contains(lower(w.get(end - 1)))) end--;
        return end == 0 ? "" : lower(w.get(end - 1));
    }

    /** The first name of a person speaker in lower case ("sergei lavrov" → "sergei"), or empty for a one-word name. */
    public static String givenName(String speaker) {
        List<String> w = words(name(speaker));
        return w.size() < 2 ? "" : lower(w.get(0));
    }

    /** What sort of speaker a phrase names. */
    public static SpeakerKind kind(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty() || PRONOUNS.contains(lower(s))) return SpeakerKind.UNKNOWN;
        List<String> all = words(s);
        if (all.isEmpty()) return SpeakerKind.UNKNOWN;
        boolean org = all.stream().anyMatch(w -> ORGANISATION_WORDS.contains(lower(w)) || w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))
                && w.chars().allMatch(Character::isLetter));
        if (!Character.isUpperCase(s.charAt(0))) return org && all.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0))) ? SpeakerKind.ORGANISATION
                : SpeakerKind.GROUP;
        List<String> name = words(name(s));
        if (org && name.stream().anyMatch(w -> ORGANISATION_WORDS.contains(lower(w)) || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() >= 2)) {
            return SpeakerKind.ORGANISATION;
        }
        if (name.isEmpty() || name.size() > 4 || !name.stream().allMatch(PersonNames::nameWord)) return SpeakerKind.UNKNOWN;
        if (name.size() == 1 && lower(name.get(0)).endsWith("s") && isGroupWord(lower(name.get(0)))) return SpeakerKind.GROUP;
        return SpeakerKind.PERSON;
    }

    private static boolean isGroupWord(String w) {
        return Set.of("democrats", "republicans", "officials", "critics", "supporters", "voters", "protesters", "americans", "aides", "analysts",
                "experts", "sources", "authorities", "lawmakers", "observers", "advisers", "advisors").contains(w);
    }

    /** A word that may be part of a person's name: capitalised, an initial, or a particle ("de", "van"). */
    static boolean nameWord(String w) {
        if (PARTICLES.contains(w)) return true;
        return Character.isUpperCase(w.charAt(0)) && !FUNCTION_WORDS.contains(lower(w));
    }

    /** Whether a word can open a person's full name ("Bernie" in "Bernie Sanders"): no title, no sentence opener. */
    static boolean opensName(String w) {
        String l = lower(w);
        return Character.isUpperCase(w.charAt(0)) && !TITLES.contains(l) && !FUNCTION_WORDS.contains(l) && !OPENERS.contains(l)
                && !ORGANISATION_WORDS.contains(l)
                && !isNationality(l);
    }

    /** Whether a phrase is a title or role alone, with no name ("the spokesman", "Senator"): no person to look up. */
    public static boolean isRoleOnly(String phrase) {
        List<String> w = words(phrase).stream().map(PersonNames::lower).filter(x -> !x.equals("the")).toList();
        return !w.isEmpty() && TITLES.containsAll(w);
    }

    /**
     * Whether the name a user asked about ("Lavrov", "Sarah Sanders", "Mr. Clarke", "the White House") refers to a speaker.
     * A person: every word of the asked name is one of the speaker's name words, and the asked last name is the speaker's
     * last name (one asked word may be the first name: "Hillary"). An organisation: the asked words are its name's words.
     * So "White" does not refer to the White House, nor "Sarah Sanders" to Bernie Sanders.
     */
    public static boolean refersTo(String speaker, SpeakerKind kind, String askedName) {
        String asked = name(askedName);
        List<String> want = words(asked).stream().map(PersonNames::lower).filter(w -> !SUFFIXES.contains(w) && !w.equals("the")).toList();
        if (want.isEmpty()) return false;
        if (kind == SpeakerKind.ORGANISATION) {
            return new java.util.HashSet<>(words(askedName).stream().map(PersonNames::lower).filter(w -> !w.equals("the")).toList()).equals(new java.util.HashSet<>(words(speaker).stream().map(PersonNames::lower).filter(w -> !w.equals("the")).toList()));
        }
        if (kind != SpeakerKind.PERSON) return false;
        // Each word once: the matcher reads the speaker's words as a set.
        // The kind is already known from the store, so the speaker is given to quotes' matcher as a person, not re-read
        // from its label; each word once, as the matcher reads the speaker's words as a set.
        String deduped = String.join(" ", new java.util.LinkedHashSet<>(List.of(speaker.strip().split("\\s+"))));
        if (!NameMatch.refersTo(asked, new Speaker(deduped, "", Speaker.Kind.PERSON))) return false;
        List<String> have = words(name(speaker)).stream().map(PersonNames::lower).toList();
        if (!have.containsAll(want)) return false;
        if (want.size() == 1) return want.get(0).equals(surname(speaker)) || want.get(0).equals(givenName(speaker));
        return surname(speaker).equals(surname(asked));
    }

    /**
     * Whether a text names the person a user asked about: a run of capitalised words holding every word of the name that
     * reads as a person's name ("Jack White said", not "the White House said").
     */
    public static boolean mentions(String text, String askedName) {
        List<String> want = words(name(askedName)).stream().map(PersonNames::lower).toList();
        if (want.isEmpty()) return false;
        java.util.regex.Matcher m = FullNames.RUN.matcher(text);
        while (m.find()) {
            List<String> run = words(m.group(1)).stream().map(PersonNames::lower).toList();
            if (run.containsAll(want) && kind(m.group(1)) == SpeakerKind.PERSON) return true;
        }
        return false;
    }

    /** A key that is the same for one person's name forms ("Hillary Clinton", "Hillary Rodham Clinton"): first and last name. */
    public static String personKey(String fullName) {
        List<String> w = words(name(fullName)).stream().map(PersonNames::lower).toList();
        if (w.isEmpty()) return "";
        return w.size() == 1 ? w.get(0) : w.get(0) + " " + surname(fullName);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(lower(word)) || isNationality(lower(word));
    }
}
