package io.newsbot.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists behind speaker recognition: roles and titles, words that make a name an organisation's, nouns
 * for groups of people, words that never are a name by themselves, and common first names by gender (for "he" and
 * "she"). Kept short and general: names of particular people or places are never listed; an article's own text tells
 * places and common nouns apart ({@link ArticleNames}).
 */
final class SpeakerWords {
    /** Head nouns of roles and titles: the last of them before a name ends the role ("Foreign Minister Sergei Lavrov"). */
    static final Set<String> ROLES = words("president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "senator", "sen", "sens", "rep", "reps", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
            "chairman", "chairwoman", "chair", "director", "adviser", "advisor", "aide", "ambassador", "leader", "candidate",
            "nominee", "judge", "justice", "attorney", "commander", "chief", "officer", "official", "reporter", "correspondent",
            "analyst", "professor", "prof", "manager", "strategist", "pollster", "economist", "host", "anchor", "editor",
            "columnist", "founder", "ceo", "executive", "member", "head", "counsel", "mr", "mrs", "ms", "miss", "dr", "gen", "lt",
            "col", "sgt", "capt", "adm", "rev", "master", "coach", "commissioner", "sheriff", "chancellor", "premier", "king",
            "queen", "prince", "princess", "pope", "emir", "sheikh", "speaker", "whip", "general", "activist", "lawyer",
            "author", "writer", "historian", "scientist", "researcher", "expert", "economist", "surrogate", "operative",
            "chairperson", "deputy", "envoy", "negotiator", "prosecutor", "inspector", "agent", "colonel", "captain", "major",
            "sergeant", "lieutenant", "admiral", "bishop", "cardinal", "rabbi", "imam", "pastor", "father", "reverend", "dean",
            "principal", "superintendent", "trustee", "treasurer", "comptroller", "clerk", "auditor", "mogul", "billionaire",
            "businessman", "businesswoman", "star", "actor", "actress", "singer", "rapper", "comedian", "pundit", "commentator",
            "blogger", "journalist", "producer", "organizer", "organiser", "volunteer", "voter", "resident", "owner", "partner",
            "president-elect", "vice-president", "premier", "lawmaker", "legislator", "delegate", "mp", "mep", "councillor",
            "councilman", "councilwoman", "alderman", "pilot", "doctor", "nurse", "teacher", "student", "officer", "chaplain");
    /** Words that make a capitalised name an organisation's ("White House", "Radio Liberty", "State Department"). */
    static final Set<String> ORGANISATION = words("house", "department", "ministry", "party", "committee", "campaign", "council",
            "agency", "office", "university", "institute", "association", "bureau", "court", "congress", "senate", "kremlin",
            "pentagon", "inc", "corp", "corporation", "company", "co", "network", "foundation", "center", "centre", "fund",
            "group", "bank", "radio", "tv", "television", "news", "times", "post", "journal", "press", "tribune", "herald",
            "magazine", "review", "times", "daily", "gazette", "service", "administration", "government", "commission", "board",
            "union", "federation", "league", "organization", "organisation", "coalition", "alliance", "institution", "project",
            "program", "programme", "school", "college", "hospital", "police", "army", "navy", "force", "forces", "guard",
            "command", "embassy", "mission", "club", "society", "trust", "partners", "associates", "llc", "ltd", "network",
            "channel", "agency", "authority", "parliament", "assembly", "cabinet", "legislature", "tribunal", "watch", "poll",
            "institute", "reuters", "politico", "breitbart", "bloomberg", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "npr", "bbc",
            "ap", "afp", "fbi", "cia", "nsa", "un", "nato", "eu", "gop", "dnc", "rnc", "pac", "nra", "aclu", "ira", "isis", "isil");
    /** Nouns for several people speaking as one ("officials", "sources", "Democrats"). */
    static final Set<String> GROUPS = words("officials", "sources", "aides", "analysts", "experts", "critics", "supporters",
            "voters", "residents", "protesters", "protestors", "lawmakers", "democrats", "republicans", "people", "police",
            "investigators", "prosecutors", "authorities", "diplomats", "leaders", "members", "advisers", "advisors", "observers",
            "economists", "scientists", "researchers", "witnesses", "activists", "organizers", "organisers", "conservatives",
            "liberals", "progressives", "democrats", "americans", "republicans", "insiders", "staffers", "officers", "doctors",
            "lawyers", "attorneys", "citizens", "workers", "students", "parents", "fans", "pollsters", "strategists", "donors",
            "delegates", "senators", "representatives", "congressmen", "governors", "mayors", "judges", "historians", "polls",
            "surveys", "studies", "reports", "documents", "emails", "records", "others", "some", "many", "both", "all", "they",
            "we", "groups", "opponents", "allies", "rivals", "candidates", "campaigns", "evangelicals", "republican", "democratic");
    /** Capitalised words that are not names on their own: sentence openers, days, months, pronouns, titles alone. */
    static final Set<String> NOT_NAMES = words("in", "the", "a", "an", "but", "and", "or", "so", "as", "at", "on", "of", "for",
            "from", "to", "with", "by", "after", "before", "when", "while", "since", "if", "though", "although", "because",
            "however", "meanwhile", "still", "yet", "also", "now", "then", "later", "earlier", "here", "there", "this", "that",
            "these", "those", "it", "its", "his", "her", "their", "our", "my", "your", "what", "who", "which", "where", "why",
            "how", "one", "some", "many", "most", "all", "both", "each", "no", "not", "yes", "instead", "indeed", "even", "only",
            "just", "perhaps", "maybe", "asked", "said", "says", "told", "according", "speaking", "writing", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
            "during", "despite", "under", "over", "about", "against", "among", "between", "into", "through", "without",
            "within", "like", "unlike", "having", "being", "given", "asked", "last", "next", "first", "second", "third",
            "finally", "again", "once", "twice", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary");
    /** Days, months and other times that may follow a speaker's name ("A news report Wednesday said"). */
    static final Set<String> TIMES = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "today",
            "yesterday", "tonight", "tomorrow", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    private static final Set<String> MEN = words("aaron", "adam", "al", "alan", "albert", "alex", "alexander", "andrew", "andy",
            "anthony", "antonin", "barack", "barney", "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby", "brad",
            "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris", "christopher", "chuck", "colin", "craig", "dan",
            "daniel", "darrell", "dave", "david", "dennis", "dick", "dmitry", "don", "donald", "doug", "douglas", "ed", "edward",
            "eric", "evan", "frank", "fred", "gary", "george", "gerald", "greg", "gregory", "harry", "henry", "howard", "ian",
            "ivan", "jack", "jake", "james", "jared", "jason", "jeb", "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe", "joel",
            "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh", "juan", "justin", "keith", "ken", "kenneth", "kevin",
            "kurt", "larry", "lee", "lindsey", "luis", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mitch",
            "mitt", "mohammed", "muhammad", "newt", "nick", "nicholas", "paul", "pete", "peter", "phil", "philip", "ralph",
            "rand", "ray", "reince", "rex", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "rush", "ryan",
            "sam", "samuel", "scott", "sean", "sergei", "sergey", "stephen", "steve", "steven", "ted", "terry", "thomas", "tim",
            "timothy", "tom", "tony", "vladimir", "walter", "wayne", "william", "willie", "xi", "bashar", "hassan", "recep",
            "benjamin", "francois", "emmanuel", "boris", "nigel", "jean", "pierre", "hans", "ahmed", "ali", "omar", "hugh");
    private static final Set<String> WOMEN = words("abigail", "alice", "alicia", "amanda", "amy", "ana", "andrea", "angela",
            "ann", "anna", "anne", "barbara", "betsy", "betty", "beverly", "carly", "carol", "caroline", "catherine", "chelsea",
            "christine", "claire", "cynthia", "dana", "debbie", "deborah", "diane", "donna", "doris", "elizabeth", "ellen",
            "emily", "emma", "gennifer", "hillary", "helen", "heather", "huma", "ivanka", "jane", "janet", "jennifer", "jessica",
            "jill", "joan", "joanna", "jodi", "julia", "julie", "karen", "kate", "katherine", "kathleen", "kathy", "kay",
            "kellyanne", "kelly", "kim", "kimberly", "kirsten", "laura", "lauren", "linda", "lisa", "loretta", "lucy", "margaret",
            "maria", "marie", "marine", "martha", "mary", "megyn", "melania", "melissa", "michele", "michelle", "monica", "nancy",
            "natalie", "nicole", "nikki", "olivia", "pamela", "patricia", "patty", "rachel", "rebecca", "rosa", "ruth",
            "samantha", "sandra", "sara", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "susana", "tammy",
            "teresa", "theresa", "tina", "tulsi", "valerie", "victoria", "virginia", "wendy", "angela", "theresa", "nicola",
            "hope", "heidi", "ayaan", "maxine", "debbie", "elise", "kristen", "katie", "kamala", "claudia", "marsha");
    private static final Set<String> MALE_TITLES = words("mr", "mr.", "king", "prince", "father", "sir", "lord", "congressman",
            "spokesman", "businessman", "chairman", "councilman");
    private static final Set<String> FEMALE_TITLES = words("mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady", "dame",
            "congresswoman", "spokeswoman", "businesswoman", "chairwoman", "councilwoman", "actress");

    private SpeakerWords() {
    }

    /** A set from a list that may name a word twice (Set.of would refuse it). */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") || w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    }

    static boolean isRole(String word) {
        return ROLES.contains(lower(word));
    }

    /** 'm', 'f', or '?' from a first name or a gendered title. */
    static char gender(String word) {
        String w = lower(word);
        if (MEN.contains(w) || MALE_TITLES.contains(w)) return 'm';
        if (WOMEN.contains(w) || FEMALE_TITLES.contains(w)) return 'f';
        return '?';
    }
}
