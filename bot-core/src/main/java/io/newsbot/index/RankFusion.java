package io.newsbot.index;

/**
 * How the lexical (BM25) and vector lists of a search are fused into one ranking. {@link Method#SCORES}, the default,
 * adds {@code lexicalWeight} times the passage's BM25 score over the most the question's words could score (a
 * per-question normalisation, the same share that judges coverage) and {@code vectorWeight} times its cosine
 * similarity. {@link Method#RANKS} is weighted reciprocal rank fusion, {@code w / (k + rank)} from each list.
 * Measured on 913 news questions (docs/benchmarks.md), score fusion beats BM25 alone while reciprocal rank fusion
 * loses to it: the questions share rare names with their articles, and ranks throw away how well those match.
 *
 * @param method        how the lists are fused
 * @param k             the rank constant of {@link Method#RANKS}
 * @param lexicalWeight weight of the BM25 side
 * @param vectorWeight  weight of the vector side; 0 searches by BM25 alone
 * @param depth         how deep each list is read
 */
public record RankFusion(Method method, int k, double lexicalWeight, double vectorWeight, int depth) {
    public static final RankFusion DEFAULT = new RankFusion(Method.SCORES, 60, 1.0, 0.5, 50);

    /** How two lists are fused. */
    public enum Method { SCORES, RANKS }

    /** Score fusion with these weights, as the configuration sets them. */
    public RankFusion(int k, double lexicalWeight, double vectorWeight, int depth) {
        this(Method.SCORES, k, lexicalWeight, vectorWeight, depth);
    }

    public RankFusion {
        java.util.Objects.requireNonNull(method, "method");
        if (k < 1) throw new IllegalArgumentException("k must be at least 1");
        if (lexicalWeight < 0 || vectorWeight < 0) throw new IllegalArgumentException("weights must not be negative");
        if (depth < 1) throw new IllegalArgumentException("depth must be at least 1");
    }

    /** The fused score of a passage at these ranks (from 1; 0 when absent from a list). */
    public double score(int lexicalRank, int vectorRank) {
        double s = 0;
        if (lexicalRank > 0) s += lexicalWeight / (k + lexicalRank);
        if (vectorRank > 0) s += vectorWeight / (k + vectorRank);
        return s;
    }

    /**
     * The fused score of a passage.
     *
     * @param lexicalRank  its rank in the BM25 list from 1, or 0 when absent
     * @param lexicalShare its BM25 score over the question's attainable maximum, 0 when absent
     * @param vectorRank   its rank in the vector list from 1, or 0 when absent
     * @param cosine       its cosine similarity to the question, NaN when unknown
     */
    public double score(int lexicalRank, double lexicalShare, int vectorRank, double cosine) {
        if (method == Method.RANKS) return score(lexicalRank, vectorRank);
        return lexicalWeight * lexicalShare + (Double.isNaN(cosine) ? 0 : vectorWeight * cosine);
    }
}
