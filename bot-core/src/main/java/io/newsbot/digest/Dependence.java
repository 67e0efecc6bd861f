package io.newsbot.digest;

import java.util.regex.Pattern;

/**
 * Whether a sentence leans on the one before it: it opens with a pronoun ("She", "They", "This"), a connective
 * ("But", "However", "Also") or a speech tag that continues a quote ("She added:", "The minister went on").
 * Such a sentence shown without its predecessor reads as nonsense, so summaries either keep the two together
 * or leave it out.
 */
public final class Dependence {
    private static final Pattern OPENING = Pattern.compile("^(?:"
            + "(?:he|she|they|it|his|her|hers|their|theirs|its|him|them|this|that|these|those|such|then|both|neither|either"
            + "|but|however|and|or|nor|so|yet|still|also|meanwhile|moreover|furthermore|instead|nevertheless|nonetheless|besides"
            + "|otherwise|thus|therefore|hence|likewise|similarly|additionally|accordingly|consequently|regardless|indeed)\\b"
            + "|(?:in addition|as a result|at the same time|on the other hand|even so|in fact|by contrast|in contrast|in turn"
            + "|the latter|the former|the two|the pair|the couple|the move|the decision|the incident|the statement)\\b"
            + "|(?:[\\p{L}'’.-]+\\s+){1,4}(?:added|continued|went on)\\s*(?:[:,]|that\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dependence() {
    }

    /** True when the sentence needs the sentence before it to make sense. */
    public static boolean needsPrevious(String sentence) {
        return OPENING.matcher(sentence.strip()).find();
    }
}
