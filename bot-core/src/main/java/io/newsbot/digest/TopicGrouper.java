package io.newsbot.digest;

import io.newsbot.index.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Groups texts by topic: average-linkage agglomerative clustering of their embeddings, merging the two
 * closest groups while their mean pairwise cosine reaches a threshold. Average linkage keeps one broad
 * article from chaining unrelated stories together. Quadratic memory, cubic time: meant for a day's
 * articles (a few hundred), not the corpus.
 */
public final class TopicGrouper {
    private final Embedder embedder;
    private final double threshold;

    /** @param threshold the mean cosine two groups need to merge, in (-1, 1] */
    public TopicGrouper(Embedder embedder, double threshold) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (!(threshold > -1 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (-1, 1]");
        this.threshold = threshold;
    }

    /**
     * A threshold suited to the embedder: bge-small rates even unrelated texts about 0.45 alike, MiniLM
     * about 0, so the same story needs a higher bar with bge.
     */
    public static TopicGrouper forEmbedder(Embedder embedder) {
        return new TopicGrouper(embedder, embedder.name().startsWith("bge") ? 0.66 : 0.40);
    }

    /**
     * @return groups of indexes into {@code texts}, largest first (ties: the group holding the lowest index
     *         first); within a group, the most central text first
     */
    public List<List<Integer>> group(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<float[]> vectors = embedder.embedPassages(texts);
        int n = vectors.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j));
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double link = meanLink(sim, groups.get(a), groups.get(b));
                    if (link >= best) {
                        best = link;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) break;
            groups.get(bestA).addAll(groups.remove(bestB));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : groups) out.add(byCentrality(sim, g));
        out.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
        return out;
    }

    private static List<Integer> byCentrality(double[][] sim, List<Integer> group) {
        List<Integer> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.<Integer>comparingDouble(i -> -group.stream().filter(j -> !j.equals(i)).mapToDouble(j -> sim[i][j]).sum())
                .thenComparingInt(i -> i));
        return sorted;
    }

    private static double meanLink(double[][] sim, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) sum += sim[i][j];
        }
        return sum / (a.size() * b.size());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
