package io.newsbot.statement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers a sentence names only through the person they belong to: in "Scott's family has called on police to ..." the
 * family speaks, not Scott, and "Trump's spokeswoman said" is the spokeswoman's statement, not Trump's. The attribution
 * extractor may give the owner's name as the speaker with the possessive as its source; the statement is then labelled
 * with the whole phrase ("Scott's family"), which no question about the owner selects. What the owner said, reported
 * through a noun of speech ("Santilli's insistence that ..."), stays the owner's.
 */
final class Possessors {
    /** The noun after the possessive: one lower-case word ("family", "relatives", "spokeswoman"). */
    private static final Pattern OWNED = Pattern.compile("^\\s+(\\p{Ll}[\\p{L}-]*)");
    /** "Santilli's continued insistence that ...": the owner's own words, reported through what they said. */
    private static final Pattern OWN_WORDS = Pattern.compile("^\\s+(?:\\p{Ll}+\\s+){0,2}?(?:insistence|claims?|statements?|comments?|remarks?|"
            + "arguments?|assertions?|warnings?|suggestions?|contention|views?|beliefs?|promises?|pledges?|words|testimony|account|"
            + "position|response|reply|explanation|admission|complaint|charge|accusation|threat)\\s+(?:was\\s+|is\\s+)?that\\b");
    private static final Pattern POSSESSIVE = Pattern.compile(".*\\p{L}(?:['\u2019]s|s['\u2019])$");

    private Possessors() {
    }

    /** "Scott's family" when the words that name the statement's speaker are a possessive before a noun, else empty. */
    static Optional<String> owned(String body, AttributionReader.Found f) {
        if (f.sourceStart() < 0 || f.sourceEnd() > body.length() || f.sourceEnd() <= f.sourceStart()) return Optional.empty();
        String source = body.substring(f.sourceStart(), f.sourceEnd()).strip();
        if (!POSSESSIVE.matcher(source).matches()) return Optional.empty();
        String after = body.substring(f.sourceEnd(), Math.min(body.length(), f.sourceEnd() + 80));
        if (OWN_WORDS.matcher(after).find()) return Optional.empty();
        Matcher m = OWNED.matcher(after);
        return m.find() ? Optional.of(source + " " + m.group(1)) : Optional.empty();
    }
}
