package io.newsbot.bench;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Hits@1, Hits@5 and MRR@10 at the article level: a system's ranked passages are reduced to their articles in
 * rank order, without repeats, and the answer article's rank among them is scored.
 */
final class RankMetrics {
    private int queries;
    private int hits1;
    private int hits5;
    private double reciprocal;

    /** Adds one question: {@code articles} are the passages' article keys, best first (repeats allowed). */
    void add(List<String> articles, String answer) {
        int rank = rank(articles, answer);
        queries++;
        if (rank == 1) hits1++;
        if (rank >= 1 && rank <= 5) hits5++;
        if (rank >= 1 && rank <= 10) reciprocal += 1.0 / rank;
    }

    /** The answer's rank among the distinct articles, from 1, or 0 when absent. */
    static int rank(List<String> articles, String answer) {
        int rank = 0;
        for (String a : new LinkedHashSet<>(articles)) {
            rank++;
            if (a.equals(answer)) return rank;
        }
        return 0;
    }

    int queries() {
        return queries;
    }

    double hits1() {
        return queries == 0 ? 0 : 100.0 * hits1 / queries;
    }

    double hits5() {
        return queries == 0 ? 0 : 100.0 * hits5 / queries;
    }

    double mrr10() {
        return queries == 0 ? 0 : reciprocal / queries;
    }

    @Override
    public String toString() {
        return String.format("Hits@1 %.1f, Hits@5 %.1f, MRR@10 %.3f (%d questions)", hits1(), hits5(), mrr10(), queries);
    }
}
