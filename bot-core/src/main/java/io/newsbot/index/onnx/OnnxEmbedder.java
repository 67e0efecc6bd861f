package io.newsbot.index.onnx;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.newsbot.index.Embedder;
import io.newsbot.index.ModelDescription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * LangChain4j's in-process ONNX embedding models, loaded from their jars with no network. The model is loaded on first
 * use, not when the core opens: a start on an existing index answers "ready" without waiting for the ONNX session.
 * LangChain4j keeps a loaded model for the rest of the process, so cores opened one after another share it.
 */
public final class OnnxEmbedder implements Embedder {
    /** LangChain4j's class for each shipped model; the description says everything else. */
    private static final Map<String, Function<Executor, EmbeddingModel>> LOADERS = Map.of(
            ModelDescription.ALL_MINILM_L6_V2_Q.name(), AllMiniLmL6V2QuantizedEmbeddingModel::new,
            ModelDescription.BGE_SMALL_EN_V15_Q.name(), BgeSmallEnV15QuantizedEmbeddingModel::new);

    private final ModelDescription description;
    private final Function<Executor, EmbeddingModel> loader;
    private final Executor executor;
    private volatile EmbeddingModel model;

    public OnnxEmbedder(ModelDescription description, Executor executor) {
        this.description = description;
        this.loader = LOADERS.get(description.name());
        if (loader == null) throw new IllegalArgumentException("embedding model must be one of " + LOADERS.keySet() + ", not '" + description.name() + "'");
        this.executor = executor;
    }

    /** The shipped model of that name. */
    public OnnxEmbedder(String name, Executor executor) {
        this(ModelDescription.named(name), executor);
    }

    @Override
    public String name() {
        return description.name();
    }

    @Override
    public int dimension() {
        return description.dimension();
    }

    @Override
    public void load() {
        model();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        return model().embedAll(texts.stream().map(t -> TextSegment.from(description.documentPrefix() + t)).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    @Override
    public float[] embedQuery(String text) {
        return model().embed(description.queryPrefix() + text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m != null) return m;
        synchronized (this) {
            if (model == null) model = loader.apply(executor);
            return model;
        }
    }
}
