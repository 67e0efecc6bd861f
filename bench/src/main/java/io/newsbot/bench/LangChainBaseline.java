package io.newsbot.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The plain LangChain4j way, as a reference: the recursive document splitter (300 tokens, 30 overlap, counted with
 * the BERT tokenizer), an in-memory embedding store, the same ONNX embedding model as newsbot, top-k by cosine.
 * The store is saved as JSON so a later run can reuse it instead of embedding everything again.
 */
final class LangChainBaseline {
    private static final String ARTICLE = "article";
    private final EmbeddingModel model;
    private final String queryPrefix;
    private InMemoryEmbeddingStore<TextSegment> store;

    LangChainBaseline(String modelName, Executor executor) {
        switch (modelName) {
            case "all-minilm-l6-v2-q" -> {
                model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
                queryPrefix = "";
            }
            case "bge-small-en-v1.5-q" -> {
                model = new BgeSmallEnV15QuantizedEmbeddingModel(executor);
                queryPrefix = "Represent this sentence for searching relevant passages: ";
            }
            default -> throw new IllegalArgumentException("unknown embedding model " + modelName);
        }
    }

    /** What building the store took. */
    record Built(int segments, double seconds, boolean reused) {
    }

    Built build(Map<String, String> texts, Path saved, boolean reuse) throws java.io.IOException {
        if (reuse && Files.exists(saved)) {
            store = InMemoryEmbeddingStore.fromFile(saved);
            return new Built(store.size(), 0, true);
        }
        long started = System.nanoTime();
        DocumentSplitter splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        store = new InMemoryEmbeddingStore<>();
        int segments = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<TextSegment> parts = splitter.split(Document.from(e.getValue(), Metadata.from(ARTICLE, e.getKey())));
            if (parts.isEmpty()) continue;
            List<Embedding> vectors = model.embedAll(parts).content();
            store.addAll(vectors, parts);
            segments += parts.size();
        }
        Files.createDirectories(saved.getParent());
        store.serializeToFile(saved);
        return new Built(segments, (System.nanoTime() - started) / 1e9, false);
    }

    /** The article keys of the top segments, best first, and the best cosine similarity. */
    record Hits(List<String> articles, double bestCosine) {
    }

    Hits search(String question, int k) {
        Embedding q = model.embed(queryPrefix + question).content();
        List<String> out = new ArrayList<>();
        double best = 0;
        for (EmbeddingMatch<TextSegment> m : store.search(EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(k).build()).matches()) {
            if (out.isEmpty()) best = 2 * m.score() - 1; // LangChain4j reports cosine as (1 + cos) / 2
            out.add(m.embedded().metadata().getString(ARTICLE));
        }
        return new Hits(out, best);
    }
}
