package io.newsbot.answer;

import io.newsbot.index.SearchResult;

/**
 * Decides whether the articles cover a question: the best passage must match enough of the question's
 * words (BM25 score over the most the words could score) or be close enough in meaning (cosine).
 * Thresholds are calibrated in the retrieval benchmark (docs/benchmarks.md).
 *
 * @param minLexical lowest lexical coverage (0..1) that counts as covered
 * @param minCosine  lowest cosine similarity that counts as covered on its own
 */
public record Coverage(double minLexical, double minCosine) {
    /** The default model's calibration. */
    public static final Coverage DEFAULT = new Coverage(0.50, io.newsbot.index.ModelDescription.ALL_MINILM_L6_V2_Q.coverageCosine());

    public Coverage {
        if (minLexical < 0 || minLexical > 1) throw new IllegalArgumentException("minLexical must be between 0 and 1");
        if (minCosine < -1 || minCosine > 1) throw new IllegalArgumentException("minCosine must be between -1 and 1");
    }

    public boolean covers(SearchResult result) {
        if (result.passages().isEmpty()) return false;
        return result.lexicalCoverage() >= minLexical || result.bestCosine() >= minCosine;
    }
}
