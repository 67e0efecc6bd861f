package io.newsbot.story;

import java.util.Map;
import java.util.Objects;

/**
 * How many stored articles use each term, out of how many: a snapshot for weighing one article's terms. While few
 * articles are stored, their counts cannot tell a common word from a rare one (every word not yet seen looks as rare
 * as a name), so they can be blended with a background of English at large, counted as that many more articles.
 *
 * @param documents           the articles counted
 * @param counts              term to the number of those articles that use it (terms never seen are absent)
 * @param background          the share of articles at large expected to use each term
 * @param backgroundDocuments how many articles the background counts as: it weighs as much as the stored articles
 *                            once that many are stored, and less and less after
 */
public record DocumentFrequencies(long documents, Map<String, Integer> counts, BackgroundFrequencies background, double backgroundDocuments) {
    public DocumentFrequencies {
        if (documents < 0) throw new IllegalArgumentException("documents must not be negative");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(background, "background");
        if (!(backgroundDocuments >= 0)) throw new IllegalArgumentException("backgroundDocuments must not be negative");
    }

    /** The stored articles' counts alone. */
    public DocumentFrequencies(long documents, Map<String, Integer> counts) {
        this(documents, counts, BackgroundFrequencies.NONE, 0);
    }

    /** These counts blended with a background counted as {@code documents} articles. */
    public DocumentFrequencies withBackground(BackgroundFrequencies frequencies, double documents) {
        return new DocumentFrequencies(this.documents, counts, frequencies, documents);
    }

    /**
     * The inverse document frequency of a term, counting the article being weighed as one more document that
     * uses it: a term every article uses weighs almost nothing, a term no other article uses the most.
     */
    public double idf(String term) {
        double n = documents + 1 + backgroundDocuments;
        double df = counts.getOrDefault(term, 0) + 1 + (backgroundDocuments == 0 ? 0 : backgroundDocuments * background.rate(term));
        return Math.log((n + 1) / (df + 0.5));
    }
}
