package io.newsbot.index;

import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.testing.HashingEmbedder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The {@link EmbedderContract} on both shipped ONNX models and on the tests' hashing embedder. */
class EmbeddersTest {
    @Nested
    class AllMiniLm extends Onnx {
        AllMiniLm() {
            super("all-minilm-l6-v2-q");
        }
    }

    @Nested
    class BgeSmall extends Onnx {
        BgeSmall() {
            super("bge-small-en-v1.5-q");
        }
    }

    @Nested
    class Hashing extends EmbedderContract {
        private final Embedder embedder = new HashingEmbedder();

        @Override
        protected Embedder embedder() {
            return embedder;
        }
    }

    /** One model loaded per class, not per test. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Onnx extends EmbedderContract {
        private final String model;
        private ExecutorService executor;
        private Embedder embedder;

        Onnx(String model) {
            this.model = model;
        }

        @BeforeAll
        void load() {
            executor = Executors.newFixedThreadPool(2);
            embedder = new OnnxEmbedder(model, executor);
        }

        @AfterAll
        void stop() {
            executor.shutdownNow();
        }

        @Override
        protected Embedder embedder() {
            return embedder;
        }
    }
}
