package io.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.Embedder;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import io.newsbot.testing.HashingEmbedder;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change of embedding model on an existing data directory rebuilds the index with the new model's vectors, of the new
 * model's length, on both stores: Lucene beside H2, and PostgreSQL with its vector column fitted to the new dimension.
 */
class ModelChangeTest {
    private static final Clock CLOCK = Clock.fixed(TestCore.NOW, ZoneOffset.UTC);

    abstract static class Contract {
        @TempDir
        Path dir;

        abstract StoreSettings store();

        @Test
        void a_new_model_rebuilds_the_index_with_its_own_vectors() {
            // Given a data directory whose index was built by one model (64-dimensional vectors)
            CoreSettings settings = CoreSettings.defaults(dir.resolve("data"));
            long chunks;
            try (NewsbotCore core = NewsbotCore.open(settings, store(), CLOCK, null, (m, e) -> new HashingEmbedder("model-a", 64))) {
                chunks = core.index().chunkCount();
                assertThat(chunks).isPositive();
                assertThat(core.index().embedderName()).isEqualTo("model-a");
            }
            // When it opens with another model, whose vectors are 32 long
            CountingEmbedder b = new CountingEmbedder(new HashingEmbedder("model-b", 32));
            try (NewsbotCore core = NewsbotCore.open(settings, store(), CLOCK, null, (m, e) -> b)) {
                // Then every chunk was embedded again by the new model, and the index says so
                assertThat(core.index().embedderName()).isEqualTo("model-b");
                assertThat(core.index().chunkCount()).isEqualTo(chunks);
                assertThat(b.passages.get()).isEqualTo((int) chunks);
                // and a question embedded by the new model finds passages close in meaning (the old vectors could not be compared)
                SearchResult found = core.retriever().search("Lavrov", SearchQuery.Filter.NONE, 3);
                assertThat(found.passages()).isNotEmpty();
                assertThat(found.bestCosine()).isPositive();
            }
            // And the next start with the same model does not rebuild again
            CountingEmbedder again = new CountingEmbedder(new HashingEmbedder("model-b", 32));
            try (NewsbotCore core = NewsbotCore.open(settings, store(), CLOCK, null, (m, e) -> again)) {
                assertThat(again.passages.get()).isZero();
                assertThat(core.index().chunkCount()).isEqualTo(chunks);
            }
        }
    }

    @Nested
    class OnH2WithLucene extends Contract {
        @Override
        StoreSettings store() {
            return StoreSettings.EMBEDDED;
        }
    }

    @Nested
    class OnPostgres extends Contract {
        private final String schema = TestDatabase.uniqueName();
        private String url;

        @BeforeEach
        void createSchema() {
            url = TestDatabase.newSchemaUrl(schema);
        }

        @AfterEach
        void dropSchema() {
            if (url != null) TestDatabase.dropSchema(schema);
        }

        @Override
        StoreSettings store() {
            return StoreSettings.postgres(url, "", "");
        }
    }

    /** Counts the passages embedded: a rebuild embeds every chunk, a start on a current index none. */
    private static final class CountingEmbedder implements Embedder {
        private final Embedder delegate;
        final AtomicInteger passages = new AtomicInteger();

        CountingEmbedder(Embedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            passages.addAndGet(texts.size());
            return delegate.embedPassages(texts);
        }

        @Override
        public float[] embedQuery(String text) {
            return delegate.embedQuery(text);
        }
    }
}
