package io.newsbot.index.lucene;

/**
 * Weighted reciprocal rank fusion: a passage scores {@code w / (k + rank)} from each list it appears in.
 * The lexical side weighs more by default because news questions share rare names with their articles
 * (see docs/benchmarks.md for the measurement behind the defaults).
 *
 * @param k             the rank constant
 * @param lexicalWeight weight of the BM25 list
 * @param vectorWeight  weight of the vector list
 * @param depth         how deep each list is read
 */
public record RankFusion(int k, double lexicalWeight, double vectorWeight, int depth) {
    public static final RankFusion DEFAULT = new RankFusion(60, 1.0, 0.6, 50);

    public RankFusion {
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
}
