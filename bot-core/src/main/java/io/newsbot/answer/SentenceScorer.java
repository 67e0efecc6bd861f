package io.newsbot.answer;

import java.util.Set;

/**
 * Scores a sentence of a retrieved passage for a question: how many of the question's words it holds and how well its
 * passage matched. Weights are calibrated in the RealTimeQA benchmark (docs/benchmarks.md).
 */
public final class SentenceScorer {
    /**
     * @param passage how much the passage's own search score counts, against the share of the question's words the
     *                sentence holds
     */
    public record Weights(double passage) {
        public static final Weights DEFAULT = new Weights(0.5);
    }

    private final Weights weights;

    public SentenceScorer(Weights weights) {
        this.weights = weights;
    }

    /** What a question looks for, computed once per question. */
    record Query(Set<String> terms) {
    }

    Query query(Question question) {
        return new Query(Terms.of(question.searchText()));
    }

    /**
     * The sentence's score, or 0 to leave it out (it holds none of the question's words and its passage is not the best).
     *
     * @param passageScore its passage's search score over the best passage's
     * @param rank         its passage's rank, from 0
     */
    double score(Query q, String text, Set<String> terms, double passageScore, int rank) {
        int hits = 0;
        for (String t : q.terms()) if (terms.contains(t)) hits++;
        double overlap = q.terms().isEmpty() ? 0 : hits / (double) q.terms().size();
        if (overlap == 0 && rank > 0) return 0;
        return overlap + weights.passage() * passageScore + 1e-9;
    }
}
