package io.newsbot.statement;

/**
 * How sure the credit of a statement to its speaker is, by what the article says at the statement: a reader trusts
 * "Lavrov said" more than "he said" resolved by rules, and that more than a quote that names no one and is credited to
 * the speaker before it. Answers show the surer ones first.
 */
public enum AttributionBasis {
    /** The article names the speaker at the statement ("Lavrov said", "according to the White House"). */
    NAMED,
    /** The article gives a pronoun or a role at the statement ("he said", "the minister said"), resolved by rules. */
    RESOLVED,
    /**
     * The article names the speaker only inside another speaker's report ("the source said Grayson demanded ...",
     * "..., according to Frankel"): second-hand.
     */
    REPORTED,
    /** The statement names no speaker of its own: it is credited to the speaker of the quote before it. */
    CARRIED
}
