package io.newsbot.story;

import java.util.Map;

/**
 * How many stored articles use each term, out of how many: a snapshot for weighing one article's terms.
 *
 * <p>Only the stored articles count. A background of English at large (Wikipedia and books) was measured to weigh
 * terms while few articles are stored, and dropped: it makes every topic word of a young store rare, and two near-miss
 * events (two earthquakes, a coach fired and hired) share exactly those words (docs/benchmarks.md, "Stories").
 *
 * @param documents the articles counted
 * @param counts    term to the number of those articles that use it (terms never seen are absent)
 */
public record DocumentFrequencies(long documents, Map<String, Integer> counts) {
    public DocumentFrequencies {
        if (documents < 0) throw new IllegalArgumentException("documents must not be negative");
        counts = Map.copyOf(counts);
    }

    /**
     * The inverse document frequency of a term, counting the article being weighed as one more document that
     * uses it: a term every article uses weighs almost nothing, a term no other article uses the most.
     */
    public double idf(String term) {
        double n = documents + 1;
        double df = counts.getOrDefault(term, 0) + 1;
        return Math.log((n + 1) / (df + 0.5));
    }
}
