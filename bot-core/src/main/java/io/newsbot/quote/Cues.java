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
    static final String GAP = "(?:\\s*,[^,\"]{1,80},)?\\s*(?:also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|"
            + "once\\s+|reportedly\\s+|repeatedly\\s+|\\w+ly\\s+)?";
    static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    static final WordMatcher VERB_WORDS = new WordMatcher(VERB_SET);
    /** Verbs that report a statement or a stance without quotation marks ("X believes ...", "X called for ..."). */
    static final String STANCES = "think|thinks|thought|believe|believed|want|wants|hope|hopes|hoped|expect|expects|"
            + "expected|fear|fears|feared|know|knows|feel|feels|found|finds|show|shows|showed|shown|suggest|"
            + "argue|argued|called for|calls for|call for|proposed|proposes|propose|supports|opposes|"
            + "endorses|criticized|criticizes|criticised|accused|accuses|praised|praises|defended|defends|"
            + "rejected|rejects|dismissed|dismisses|refused|refuses|declined|declines|deny|vowed|pledges|promised|threatened|"
            + "threatens|demanded|demands|insist|predict|agree|agreed|disagree|disagreed|questioned|questions|doubt|doubts|"
            + "doubted|worried|worries|considers|described|describes|blamed|blames|cited|cites|mentioned|"
            + "expressed|expresses|acknowledges|estimated|estimates|indicated|indicates|revealed|reveals|announce|"
            + "sought|seeks|intends|intended|urged|ask|reminded|learned|read|reads|concluded|concedes|"
            + "complained|complains|claim|note|recommend|recommended|recommends|allege|alleged|alleges|assert|asserted|"
            + "asserts|contend|maintain|acknowledge|admit|announced|explain|add|warn|predicted|projected|"
            + "projects|forecast|calculated|determined|ruled|decided|pushed for|pressed for|signaled|signalled|"
            + "hinted|conceded|touted|hailed|slammed|blasted|attacked|mocked|lamented|welcomed|applauded|condemned|"
            + "denounced|thanked|apologized|promises|pledged|called|calls|seems|seemed|appears|appeared|referring to|refers to|sees|see|talking about|pointed to|points to|called on|calls on|opposed|say|says|said|tell|telling|saying|adding|arguing|noting|"
            + "warning|insisting|suggesting|claiming|calling|citing|accusing|asking|urging|explaining|stressing|vowing|"
            + "pointing out|acknowledging|declaring|predicting|promising|describing|contending|asserting";
    /** Words of {@link #VERBS} that introduce a quote well but, without one, are more often nouns or narration. */
    private static final Set<String> NOT_REPORTING = Set.of("states", "continued", "charges", "posted", "offered");
    static final WordMatcher REPORTING = new WordMatcher(reporting());

    private static Set<String> reporting() {
        Set<String> all = new java.util.HashSet<>(java.util.Arrays.asList((VERBS + "|" + STANCES).split("\\|")));
        all.removeAll(NOT_REPORTING);
        return Set.copyOf(all);
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
