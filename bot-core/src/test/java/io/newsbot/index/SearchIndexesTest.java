package io.newsbot.index;

import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.RankFusion;
import io.newsbot.index.postgres.PostgresSearchIndex;
import io.newsbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each search index against the one contract. */
class SearchIndexesTest {
    @Nested
    class Lucene extends SearchIndexContract {
        @TempDir
        Path dir;

        @Override
        protected SearchIndex newIndex(String embedderName) {
            return new LuceneSearchIndex(dir.resolve("index"), embedderName, RankFusion.DEFAULT);
        }

        @Override
        protected SearchIndex reopen(String embedderName) {
            return newIndex(embedderName);
        }
    }

    /** Skipped unless NEWSBOT_TEST_PG_URL is set; uses pgvector when the server has it (.ci/run installs it). */
    @Nested
    class Postgres extends SearchIndexContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        protected SearchIndex newIndex(String embedderName) {
            return new PostgresSearchIndex(db.get(), DIMENSION, embedderName, RankFusion.DEFAULT, Clock.systemUTC());
        }

        @Override
        protected SearchIndex reopen(String embedderName) {
            return newIndex(embedderName);
        }
    }

    /** The fallback for servers without pgvector: vectors in real[] columns, scanned exactly. */
    @Nested
    class PostgresWithoutPgvector extends SearchIndexContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        protected SearchIndex newIndex(String embedderName) {
            return new PostgresSearchIndex(db.get(), DIMENSION, embedderName, RankFusion.DEFAULT, Clock.systemUTC(), false);
        }

        @Override
        protected SearchIndex reopen(String embedderName) {
            return newIndex(embedderName);
        }
    }
}
