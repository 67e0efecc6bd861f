package io.newsbot.testing;

import io.newsbot.index.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small deterministic {@link Embedder} for tests that do not test embeddings: each word is hashed to one of a few
 * dimensions (with a sign), and the sum is scaled to unit length. Texts sharing words are near each other, texts sharing
 * none are orthogonal but for hash collisions; no model is loaded, so a test using it starts at once.
 */
public final class HashingEmbedder implements Embedder {
    public static final String NAME = "hashing-test-embedder";
    private final String name;
    private final int dimension;

    public HashingEmbedder() {
        this(64);
    }

    public HashingEmbedder(int dimension) {
        this(NAME, dimension);
    }

    /** Under another name, as a different model would be: the index notices the change and rebuilds. */
    public HashingEmbedder(String name, int dimension) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        if (dimension < 2) throw new IllegalArgumentException("dimension must be at least 2");
        this.name = name;
        this.dimension = dimension;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }

    @Override
    public float[] embedQuery(String text) {
        return embed(text);
    }

    private float[] embed(String text) {
        float[] v = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            int h = word.hashCode();
            v[Math.floorMod(h, dimension)] += (h & 0x40000000) == 0 ? 1f : -1f;
        }
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) {
            v[0] = 1f; // no words (or words that cancel out): still a unit vector, as a model's would be
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) v[i] *= scale;
        return v;
    }
}
