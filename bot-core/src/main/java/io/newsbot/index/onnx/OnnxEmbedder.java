package io.newsbot.index.onnx;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.newsbot.index.Embedder;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * LangChain4j's in-process ONNX embedding models, loaded from their jars with no network.
 * {@code all-minilm-l6-v2-q} is the default: about four times faster to ingest than bge-small and better at
 * telling covered questions from uncovered ones (see docs/benchmarks.md).
 */
public final class OnnxEmbedder implements Embedder {
    /** The models newsbot ships. */
    public static final List<String> MODELS = List.of("all-minilm-l6-v2-q", "bge-small-en-v1.5-q");
    private static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final String name;
    private final EmbeddingModel model;
    private final String queryPrefix;

    public OnnxEmbedder(String name, Executor executor) {
        this.name = name;
        switch (name) {
            case "all-minilm-l6-v2-q" -> {
                model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
                queryPrefix = "";
            }
            case "bge-small-en-v1.5-q" -> {
                model = new BgeSmallEnV15QuantizedEmbeddingModel(executor);
                queryPrefix = BGE_QUERY_INSTRUCTION;
            }
            default -> throw new IllegalArgumentException("embedding model must be one of " + MODELS + ", not '" + name + "'");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embed(queryPrefix + text).content().vector();
    }
}
