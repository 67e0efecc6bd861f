package io.newsbot.statement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers a sentence names only as the person someone works for: in "A spokeswoman for Fiorina said ..." or "..., said a
 * longtime adviser to Trump" the spokeswoman or the adviser speaks, not Fiorina or Trump. The attribution extractor may give
 * the principal's name as the speaker (or resolve "who" after the role to them); the statement is then labelled with the role ("spokeswoman for Fiorina") as a
 * group, which no question about the principal selects. "Sarah Sanders, a spokeswoman for Trump, said" is Sanders's.
 */
final class Principals {
    /** The role and its preposition, then up to three capitalised words before the principal's last name. */
    private static final Pattern ROLE = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:spokes(?:man|woman|person)|aide|adviser|advisor|"
            + "lawyer|attorney|representative|staffer)\\s+(?:for|to|of)\\s+(?:both\\s+)?(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}(\\p{Lu}[\\p{L}'\u2019-]*))(?:,\\s*who)?\\W*$");

    private Principals() {
    }

    /** "spokeswoman for Fiorina" when the words naming the statement's speaker end in a role held for the speaker. */
    static Optional<String> role(String body, AttributionReader.Found f, String speaker) {
        if (f.sourceStart() < 0 || f.sourceEnd() > body.length() || f.sourceEnd() <= f.sourceStart()) return Optional.empty();
        String surname = PersonNames.surname(speaker);
        if (surname.isEmpty()) return Optional.empty();
        Matcher m = ROLE.matcher(body.substring(Math.max(0, f.sourceStart() - 80), f.sourceEnd()));
        if (!m.find() || !surname.equalsIgnoreCase(m.group(2).replaceFirst("['\u2019]s?$", ""))) return Optional.empty();
        return Optional.of(m.group(1).strip());
    }
}
