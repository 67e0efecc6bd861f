package io.newsbot.statement;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributions that say nothing a reader asking "What did X say?" wants quoted: what X seemed or was found to do ("Cuban
 * seemed to rely on an ad hominem attack", "De Blasio has found himself in the same legal bind", "Netanyahu responded by
 * settling a dispute"), a verb of speech in the passive with someone else as its agent ("Johnson supported by 13
 * percent"), a share of the vote X won ("claiming 41 percent of the vote"), and X's silence ("Fields did not reply to a
 * request for comment"). The attribution extractor reads them as statements because their verbs can report speech.
 */
final class NotStatements {
    /** What follows the words naming the speaker; an apposition or "however" between them is skipped. */
    private static final String AFTER = "^\\s*(?:,[^,]{1,120},|,)?\\s*(?:(?:has|have|had|is|was|also|however|still|then|now|"
            + "only|never|clearly|initially|apparently)\\s+)*";
    private static final Pattern UNSAID = Pattern.compile(AFTER + "(?:"
            + "(?:seem|seems|seemed|seeming)\\b"
            + "|found\\s+(?:him|her|them|it)sel(?:f|ves)\\b"
            + "|(?:responded|responds|respond)\\s+by\\s+(?!(?:saying|explaining|suggesting|pointing|noting|arguing|telling|writing|tweeting|"
            + "posting|issuing|insisting|accusing|asking|attacking|denying|questioning|criticizing|calling|blaming|defending|dismissing|"
            + "mocking|joking|warning|vowing|promising|repeating|reiterating|challenging|citing|quoting|stating|declaring)\\b)\\p{L}+ing\\b"
            + "|(?:did\\s+not|didn't|does\\s+not|doesn't|has\\s+not|hasn't|have\\s+not|haven't|could\\s+not|couldn't)\\s+(?:immediately\\s+)?"
            + "(?:respond|reply|return|be\\s+reached)\\b[^.]{0,60}?(?:request|call|message|e-?mail|inquir|comment|reached)"
            + ")", Pattern.CASE_INSENSITIVE);
    /** "... supported by an average of 13 percent": the named person is the object of the verb, not its speaker. */
    private static final Pattern PASSIVE = Pattern.compile("^\\s*(?:\\p{L}+\\s+){0,3}?(?:supported|backed|endorsed|criticized|praised|"
            + "attacked|accused|described|called|quoted|cited|blamed|asked|urged|told)\\s+by\\b");

    /** "claiming 41 percent of the vote", "claimed victory": what was won, not what was said. */
    private static final Pattern WON = Pattern.compile("^\\W*(?:\\d|victory\\b|the\\s+(?:nomination|seat|title|prize)\\b)", Pattern.CASE_INSENSITIVE);

    private NotStatements() {
    }

    /** Whether the words after the speaker's name make the attribution something other than a statement. */
    static boolean unsaid(String body, AttributionReader.Found f) {
        if (f.cue().toLowerCase(Locale.ROOT).startsWith("claim") && f.contentStart() >= 0 && f.contentEnd() <= body.length()
                && WON.matcher(body.substring(f.contentStart(), f.contentEnd())).find()) return true;
        if (f.sourceStart() < 0 || f.sourceEnd() <= f.sourceStart() || f.sourceEnd() > body.length()) return false;
        String after = body.substring(f.sourceEnd(), Math.min(body.length(), f.sourceEnd() + 200));
        String cue = f.cue().strip().toLowerCase(Locale.ROOT);
        // The extractor's cue must be the verb read here: in "... writes Prager, seeming to understand" it is "writes".
        return !cue.isEmpty() && (holdsCue(UNSAID.matcher(after), cue) || holdsCue(PASSIVE.matcher(after), cue));
    }

    private static boolean holdsCue(Matcher m, String cue) {
        return m.find() && m.group().toLowerCase(Locale.ROOT).contains(cue);
    }
}
