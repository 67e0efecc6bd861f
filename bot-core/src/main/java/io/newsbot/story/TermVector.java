package io.newsbot.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Terms weighted by TF-IDF and scaled to unit length, so that the dot product of two is their cosine. Only the
 * heaviest terms are kept: the tail adds little to a cosine and a lot to what is stored per article. Grouping
 * computes thousands of these dot products per article, so terms are held sorted by a 64-bit hash and two
 * vectors are multiplied by merging their arrays (two different terms sharing a hash is a one in billions
 * chance that would change one cosine a little).
 */
public final class TermVector {
    public static final TermVector EMPTY = new TermVector(Map.of());
    private final String[] terms;
    private final long[] keys;
    private final float[] weights;

    /** @param weights term to weight; should already be of unit length (see {@link #weigh}) */
    public TermVector(Map<String, Float> weights) {
        Objects.requireNonNull(weights, "weights");
        int n = weights.size();
        String[] t = new String[n];
        long[] k = new long[n];
        float[] w = new float[n];
        Integer[] order = new Integer[n];
        int i = 0;
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            t[i] = e.getKey();
            k[i] = key(t[i]);
            w[i] = e.getValue();
            order[i] = i;
            i++;
        }
        Arrays.sort(order, Comparator.comparingLong(x -> k[x]));
        terms = new String[n];
        keys = new long[n];
        this.weights = new float[n];
        for (int j = 0; j < n; j++) {
            terms[j] = t[order[j]];
            keys[j] = k[order[j]];
            this.weights[j] = w[order[j]];
        }
    }

    /**
     * Weighs counts by how rare each term is ({@code 1 + ln(count)} times the inverse document frequency), keeps the
     * {@code keep} heaviest and scales them to unit length.
     */
    static TermVector weigh(Map<String, Integer> counts, DocumentFrequencies frequencies, int keep) {
        Map<String, Double> raw = new HashMap<>();
        counts.forEach((term, count) -> {
            double w = (1 + Math.log(count)) * frequencies.idf(term);
            if (w > 0) raw.put(term, w);
        });
        List<Map.Entry<String, Double>> heaviest = raw.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(keep).toList();
        double norm = Math.sqrt(heaviest.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        if (norm == 0) return EMPTY;
        Map<String, Float> out = new HashMap<>();
        for (Map.Entry<String, Double> e : heaviest) out.put(e.getKey(), (float) (e.getValue() / norm));
        return new TermVector(out);
    }

    /** The cosine of the two vectors' directions. */
    public double dot(TermVector other) {
        long[] a = keys;
        long[] b = other.keys;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else sum += weights[i++] * other.weights[j++];
        }
        return sum;
    }

    /** Term to weight, heaviest first. */
    public Map<String, Float> weights() {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]));
        Map<String, Float> out = new LinkedHashMap<>();
        for (int i : order) out.put(terms[i], weights[i]);
        return out;
    }

    /** The {@code n} heaviest terms, heaviest first. */
    public List<String> top(int n) {
        return weights().keySet().stream().limit(n).toList();
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    public int size() {
        return terms.length;
    }

    /** FNV-1a over the term's characters: a 64-bit key that keeps collisions out of reach. */
    private static long key(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector t && Arrays.equals(terms, t.terms) && Arrays.equals(weights, t.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    @Override
    public String toString() {
        return "TermVector" + weights();
    }
}
