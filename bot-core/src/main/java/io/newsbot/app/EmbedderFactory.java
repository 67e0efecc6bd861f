package io.newsbot.app;

import io.newsbot.index.Embedder;
import io.newsbot.index.onnx.OnnxEmbedder;
import java.util.concurrent.Executor;

/** Makes the embedder the core indexes and searches with, given the model the settings name and the embedding threads. */
@FunctionalInterface
public interface EmbedderFactory {
    /** The ONNX models newsbot ships, run in-process. */
    EmbedderFactory ONNX = OnnxEmbedder::new;

    Embedder create(String model, Executor executor);
}
