package io.newsbot.watch;

import io.newsbot.index.Embedder;
import java.util.List;
import java.util.Locale;

/** A stand-in for the ONNX model: texts sharing words get similar unit vectors, with no model to load. */
final class HashEmbedder implements Embedder {
    private static final int DIMENSION = 256;

    @Override
    public String name() {
        return "word-hash";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return texts.stream().map(HashEmbedder::embed).toList();
    }

    @Override
    public float[] embedQuery(String text) {
        return embed(text);
    }

    private static float[] embed(String text) {
        float[] v = new float[DIMENSION];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
        }
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
