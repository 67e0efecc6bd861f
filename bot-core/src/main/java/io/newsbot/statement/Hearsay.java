package io.newsbot.statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements the article gives only as someone else's report of them: in "The source said Grayson demanded to know who
 * leaked it", "One former employee said Gates described the fund as ..." or "An Israeli blogger reported ... in which
 * Adelson said", the words that name the speaker lie inside what another speaker said. The reader has the second
 * speaker's word for it, not the article's, so such a statement is credited less surely than one the article itself
 * gives as said by X.
 */
final class Hearsay {
    /**
     * Verbs that report what someone said. Other attributions' content spans are not read as reports: the extractor may
     * stretch "pundits who claim to find Clinton more palatable" or "the hopes of shedding" over the next speaker's words.
     */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "according to", "reported", "reports", "recalled",
            "recalls", "wrote", "writes", "added", "said in a statement");
    /** "... said Gates described", "The source said that Grayson demanded": the speaker's name opens what another reports. */
    private static final Pattern REPORTED_BEFORE = Pattern.compile(
            "\\b(?<verb>said|says|recalled|recalls|reported|reports|wrote|writes|added|claimed|claims|alleged|alleges)\\s+(?:that\\s+)?$");

    private Hearsay() {
    }

    /** Whether the words that name {@code f}'s speaker are part of what another speaker of the article said. */
    static boolean reported(String body, List<AttributionReader.Found> all, AttributionReader.Found f) {
        if (f.sourceStart() < 0 || f.sourceEnd() <= f.sourceStart() || f.sourceStart() > body.length()) return false;
        // The extractor gives one attribution per clause, so "the source said Grayson demanded" may come without the
        // source's; in "'...,' said Autor, a professor" the verb before the name is the speaker's own.
        Matcher before = REPORTED_BEFORE.matcher(body.substring(Math.max(0, f.sourceStart() - 40), f.sourceStart()));
        if (before.find() && !f.cue().strip().toLowerCase(Locale.ROOT).startsWith(before.group("verb").toLowerCase(Locale.ROOT))) return true;
        String own = PersonNames.surname(f.speaker());
        for (AttributionReader.Found g : all) {
            if (g == f || g.sourceStart() < 0 || !REPORTING.contains(g.cue().toLowerCase(Locale.ROOT))) continue;
            // "'...,' Salceda said, according to the Philippine Star": the quote gives the speaker's own words; the paper
            // only relays them.
            if (f.direct() && "according to".equalsIgnoreCase(g.cue())) continue;
            if (g.contentStart() > f.sourceStart() || g.contentEnd() < f.sourceEnd()) continue;
            // The speaker's own words about themselves ("I said Lavrov was right") are not a report by someone else.
            if (!own.isEmpty() && own.equals(PersonNames.surname(g.speaker()))) continue;
            return true;
        }
        return false;
    }
}
