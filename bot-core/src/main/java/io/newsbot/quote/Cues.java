package io.newsbot.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words that report speech ("said", "told", "according to") and the speakers that stand next to them. */
final class Cues {
    static final String VERBS = "said|says|say|told|tells|added|adds|stated|states|warned|warns|noted|notes|claimed|claims|"
            + "argued|argues|insisted|insists|announced|announces|explained|explains|wrote|writes|asked|asks|replied|replies|"
            + "declared|declares|stressed|stresses|emphasized|emphasised|acknowledged|admitted|admits|suggested|suggests|"
            + "confirmed|confirms|denied|denies|pledged|urged|urges|tweeted|tweets|continued|recalled|predicted|predicts|"
            + "maintained|maintains|conceded|concedes|contended|contends|cautioned|remarked|observed|believes|thinks|"
            + "reported|reports|promised|promises|vowed|vows|remembered|recounted|responded|responds|concluded|exclaimed|joked|"
            + "quipped|countered|boasted|complained|lamented|shouted|chanted|mused|posted|offered|answered|agreed|agrees|"
            + "recalls|elaborated|cautions|testified|charged|retorted|wondered|pointed out|went on|"
            + "said in a statement|points out|answers|jokes|quips|explains|counters|concludes|exclaims|boasts|complains|laments|"
            + "shouts|chants|muses|offers|elaborates|testifies|charges|retorts|wonders|goes on|recounts|remembers";
    static final Set<String> VERB_SET = Set.copyOf(java.util.Arrays.asList(VERBS.split("\\|")));
    static final String SPEAKER = "(" + Names.NAME + "|" + Names.DESCRIPTOR + "|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)";
    /** What may stand between a speaker and the verb: an apposition, an auxiliary or an adverb. */
    static final String GAP = "(?:\\s*,[^,\"]{1,120},)?\\s*(?:also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|"
            + "once\\s+|reportedly\\s+|repeatedly\\s+|\\w+ly\\s+)?";
    static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    static final WordMatcher VERB_WORDS = new WordMatcher(VERB_SET);
    /**
     * Verbs that report a statement or a stance, by lemma ({@link Inflections} gives their forms): chosen on PolNeAR train,
     * where at least 45% of what each lemma reported was annotated as an attribution (docs/benchmarks.md, "Who said what").
     */
    private static final String REPORTING_LEMMAS = "accuse|acknowledge|add|admit|agree|allege|announce|apologize|appear|applaud|argue|ask|assert|attack|"
            + "believe|blame|blast|boast|call|call for|call on|caution|chant|cite|claim|complain|concede|conclude|"
            + "condemn|confirm|consider|contend|continue|criticize|declare|decline|defend|demand|deny|denounce|"
            + "describe|determine|disagree|dismiss|emphasize|estimate|expect|explain|express|fear|feel|find|"
            + "forecast|go on|hail|hint|hope|indicate|insist|intend|joke|know|lament|learn|mention|mock|note|oppose|"
            + "pledge|point out|point to|post|praise|predict|project|promise|propose|question|recall|recount|"
            + "refer to|refuse|reject|remark|remember|remind|reply|report|respond|reveal|rule|say|see|seek|seem|"
            + "show|signal|slam|state|stress|suggest|support|talk about|tell|thank|think|threaten|tout|tweet|urge|"
            + "vow|want|warn|welcome|wonder|worry|write|discuss|decry|echo|favor|prefer|order|request|speak about|"
            + "repeat|reiterate|encourage|highlight|compare|portray|assure|challenge|list|recognize|suspect|imply|"
            + "disclose|release|chide|plead|congratulate|comment|detail|outline|talk|advocate|vote for|vote against|"
            + "attribute|bemoan|worry about|shout";
    /**
     * Forms of those verbs that are more often something else in news (a noun: "states", "comments", "plans"; narration:
     * "continued", "felt"): under 35% of them were attributions on train.
     */
    private static final Set<String> NOT_REPORTING = Set.of("add", "advocated", "announce", "appear", "appearing", "attack",
            "attacks", "call", "challenge", "challenges", "challenging", "comments", "compared", "condemning", "considered",
            "continue", "continues", "continuing", "decline", "declining", "defend", "defending", "denying", "detail",
            "detailed", "determined", "echoes", "encourages", "encouraging", "favored", "feels", "felt", "find", "finding",
            "highlight", "highlighting", "intended", "knew", "knowing", "known", "learn", "list", "listing", "mentions", "note",
            "opposed", "opposing", "order", "pledged", "pledges", "post", "posts", "project", "projects", "question",
            "questions", "rejecting", "release", "released", "remark", "remarks", "repeated", "report", "reporting", "request",
            "requests", "responding", "rule", "rules", "ruling", "seeing", "seem", "signal", "state", "states", "stress",
            "support", "supporting", "suspect", "talk", "talking", "talks", "thanks", "tweet", "tweets", "vote for",
            "voting for", "welcoming", "worries", "written");
    static final WordMatcher REPORTING = new WordMatcher(reporting());
    /**
     * Verbs that close a quote ({@code "...," Toomey fumed}): the finite forms of the reporting lemmas and of verbs that
     * only report when a quote stands before them, as an alternation for the patterns that follow a closing mark.
     */
    static final String QUOTE_VERBS = quoteVerbs();
    /** Verbs that name a manner of saying only next to a quote: "fumed", "scoffed", "snapped". */
    private static final String QUOTE_ONLY_LEMMAS = "fume|scoff|snap|sigh|laugh|gush|marvel|muse|quip|retort|rail|grumble|"
            + "reiterate|counter|elaborate|exclaim|testify|charge|observe|contend|maintain|plead|shout|scream|yell|whisper|"
            + "mutter|add|continue|read|begin|conclude|offer|interject|press|pronounce|sneer|tease|chime in|recite|summarize|"
            + "write|post|tweet|state|explain|ask|answer|reply|sing";

    private static Set<String> reporting() {
        Set<String> all = new java.util.HashSet<>(Set.of("said in a statement"));
        for (String lemma : REPORTING_LEMMAS.split("\\|")) all.addAll(Inflections.of(lemma));
        all.removeAll(NOT_REPORTING);
        return Set.copyOf(all);
    }

    private static String quoteVerbs() {
        Set<String> all = new java.util.TreeSet<>(java.util.Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        all.addAll(VERB_SET);
        java.util.List<String> lemmas = new java.util.ArrayList<>(java.util.Arrays.asList(REPORTING_LEMMAS.split("\\|")));
        lemmas.addAll(java.util.Arrays.asList(QUOTE_ONLY_LEMMAS.split("\\|")));
        for (String lemma : lemmas) {
            for (String form : Inflections.of(lemma)) {
                String verb = form.split(" ")[0];
                // Finite forms only: a bare "say" or "saying" after a quote starts another clause.
                if (!verb.endsWith("ing") && !verb.equals(lemma.split(" ")[0])) all.add(form);
            }
        }
        all.add("read"); // its past tense is its bare form: "..." read the email
        return String.join("|", all);
    }

    private Cues() {
    }

    static boolean isVerb(String word) {
        return VERB_SET.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The speaker that stands right before a cue ("Sergei Lavrov said"), else the sentence's subject, else empty. */
    static SpeakerFinder.Phrase speakerBefore(String before) {
        return SpeakerFinder.before(before);
    }
}
