package io.newsbot.answer;

import io.newsbot.index.Embedder;
import java.util.List;

/**
 * How close in meaning each candidate sentence of a topic answer is to the question, by the embedder the index uses:
 * evidence for the sentence that answers when it shares few words with the question ("Who led the rescue?" and "The
 * fire chief Anne Morvan took boats into the streets").
 */
public final class SentenceMeaning {
    private final Embedder embedder;

    public SentenceMeaning(Embedder embedder) {
        if (embedder == null) throw new IllegalArgumentException("embedder must not be null");
        this.embedder = embedder;
    }

    /** The cosine of the question to each sentence, in the sentences' order; all sentences are embedded in one batch. */
    double[] cosines(String question, List<String> sentences) {
        double[] out = new double[sentences.size()];
        if (sentences.isEmpty() || question.isBlank()) return out;
        float[] q = embedder.embedQuery(question);
        List<float[]> vectors = embedder.embedPassages(sentences);
        for (int i = 0; i < out.length; i++) out[i] = cosine(q, vectors.get(i));
        return out;
    }

    /** The embedder's vectors are of unit length, but a model that does not normalise must not skew the scores. */
    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
