package io.newsbot.app;

import io.newsbot.index.Embedder;
import io.newsbot.index.ModelDescription;
import io.newsbot.index.onnx.OnnxEmbedder;
import java.util.concurrent.Executor;

/**
 * Makes the embedder the core indexes and searches with, given the model the settings name and the embedding threads:
 * the ONNX model in production, a small deterministic fake in tests that do not test embeddings.
 */
@FunctionalInterface
public interface EmbedderFactory {
    /** The ONNX models newsbot ships, run in-process and loaded on first use. */
    EmbedderFactory ONNX = OnnxEmbedder::new;

    Embedder create(ModelDescription model, Executor executor);
}
