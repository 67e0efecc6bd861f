package io.newsbot.story;

/**
 * How common each term is in English at large, as the share of articles expected to use it: what the document
 * frequencies start from before the store has counted enough articles of its own to tell a common word from a rare
 * one.
 */
public interface BackgroundFrequencies {
    /** No background: terms are weighed by the stored articles' counts alone. */
    BackgroundFrequencies NONE = term -> 0;

    /** The expected share of articles using the term, in [0, 1). */
    double rate(String term);
}
