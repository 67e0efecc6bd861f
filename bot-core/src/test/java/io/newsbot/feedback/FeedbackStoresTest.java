package io.newsbot.feedback;

import io.newsbot.feedback.jdbc.JdbcFeedbackStore;
import io.newsbot.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The feedback store contract on H2, and on PostgreSQL when NEWSBOT_TEST_PG_URL is set. */
class FeedbackStoresTest {
    @Nested
    class OnH2 extends FeedbackStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.h2();

        @Override
        protected FeedbackStore store() {
            return new JdbcFeedbackStore(db.get());
        }
    }

    @Nested
    class OnPostgres extends FeedbackStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        protected FeedbackStore store() {
            return new JdbcFeedbackStore(db.get());
        }
    }
}
