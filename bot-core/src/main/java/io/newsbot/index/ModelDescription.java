package io.newsbot.index;

import java.util.List;
import java.util.Objects;

/**
 * Everything newsbot knows about one embedding model, in one place: its name (recorded in the index, so that a change
 * of model rebuilds it), the length of its vectors (the PostgreSQL vector column is fitted to it), what goes in front
 * of queries and documents, where its files are, and the cosines calibrated on its vectors.
 *
 * @param name              the model's name in the configuration and in the index
 * @param dimension         the length of its vectors
 * @param queryPrefix       put in front of a question before it is embedded (bge wants an instruction there)
 * @param documentPrefix    put in front of a passage before it is embedded
 * @param modelResource     the ONNX file, as a class-path resource
 * @param tokenizerResource the tokenizer, as a class-path resource
 * @param coverageCosine    the least cosine of the best passage that counts as the articles covering a question
 * @param topicCosine       the least cosine between a topic and an article's title and lead that counts as on the topic
 * @param calibrated        whether the two cosines were measured on this model (docs/benchmarks.md), rather than taken
 *                          over from the default model's
 */
public record ModelDescription(String name, int dimension, String queryPrefix, String documentPrefix, String modelResource,
                               String tokenizerResource, double coverageCosine, double topicCosine, boolean calibrated) {
    /** The default: about four times faster to ingest than bge-small, and better at telling covered questions from uncovered ones. */
    public static final ModelDescription ALL_MINILM_L6_V2_Q = new ModelDescription("all-minilm-l6-v2-q", 384, "", "",
            "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", 0.57, 0.45, true);
    /**
     * BAAI's bge-small-en-v1.5, quantised. Its cosines run higher than MiniLM's on the same texts,
     * so it has its own: calibrated by {@code bench/run --only models} (docs/benchmarks.md, "Embedding models' cosines").
     */
    public static final ModelDescription BGE_SMALL_EN_V15_Q = new ModelDescription("bge-small-en-v1.5-q", 384,
            "Represent this sentence for searching relevant passages: ", "", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
            0.71, 0.70, true);
    /** The models newsbot ships, the default first. */
    public static final List<ModelDescription> SHIPPED = List.of(ALL_MINILM_L6_V2_Q, BGE_SMALL_EN_V15_Q);

    public ModelDescription {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        if (dimension < 1) throw new IllegalArgumentException("dimension must be at least 1");
        Objects.requireNonNull(queryPrefix, "queryPrefix");
        Objects.requireNonNull(documentPrefix, "documentPrefix");
        Objects.requireNonNull(modelResource, "modelResource");
        Objects.requireNonNull(tokenizerResource, "tokenizerResource");
        if (coverageCosine < -1 || coverageCosine > 1) throw new IllegalArgumentException("coverageCosine must be between -1 and 1");
        if (topicCosine <= 0 || topicCosine > 1) throw new IllegalArgumentException("topicCosine must be in (0, 1]");
    }

    /** The shipped model of that name. */
    public static ModelDescription named(String name) {
        for (ModelDescription m : SHIPPED) if (m.name.equals(name)) return m;
        throw new IllegalArgumentException("embedding model must be one of " + names() + ", not '" + name + "'");
    }

    /** The shipped models' names, the default first. */
    public static List<String> names() {
        return SHIPPED.stream().map(ModelDescription::name).toList();
    }
}
