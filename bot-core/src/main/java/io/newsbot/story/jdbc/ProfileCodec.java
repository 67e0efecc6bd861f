package io.newsbot.story.jdbc;

import io.newsbot.story.TermVector;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes profiles' parts as short text columns: terms as {@code term:weight} separated by spaces, vectors as
 * one signed byte per dimension in Base64. A byte per dimension keeps cosines to about 0.001, plenty to compare
 * stories, at a quarter of the size of floats.
 */
final class ProfileCodec {
    private static final float SCALE = 127f;

    private ProfileCodec() {
    }

    static String terms(TermVector v) {
        StringBuilder out = new StringBuilder();
        v.weights().entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()).forEach(e -> {
            if (out.length() > 0) out.append(' ');
            out.append(e.getKey()).append(':').append(String.format(Locale.ROOT, "%.4f", e.getValue()));
        });
        return out.toString();
    }

    static TermVector terms(String text) {
        if (text == null || text.isBlank()) return TermVector.EMPTY;
        Map<String, Float> weights = new HashMap<>();
        for (String entry : text.split(" ")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0) weights.put(entry.substring(0, colon), Float.parseFloat(entry.substring(colon + 1)));
        }
        return new TermVector(weights);
    }

    static String vector(float[] v) {
        byte[] bytes = new byte[v.length];
        for (int i = 0; i < v.length; i++) bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * SCALE)));
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The stored vector, scaled back to unit length. */
    static float[] vector(String text) {
        if (text == null || text.isEmpty()) return new float[0];
        byte[] bytes = Base64.getDecoder().decode(text);
        float[] v = new float[bytes.length];
        double norm = 0;
        for (int i = 0; i < bytes.length; i++) {
            v[i] = bytes[i];
            norm += v[i] * v[i];
        }
        if (norm == 0) return new float[0];
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) v[i] *= scale;
        return v;
    }
}
