package io.newsbot.watch;

import io.newsbot.testing.TestDatabase;
import io.newsbot.watch.jdbc.JdbcAlertQueue;
import io.newsbot.watch.jdbc.JdbcWatchStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The watch store and alert queue contract on H2, and on PostgreSQL when NEWSBOT_TEST_PG_URL is set. */
class WatchStoresTest {
    @Nested
    class OnH2 extends WatchStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.h2();

        @Override
        protected WatchStore watches() {
            return new JdbcWatchStore(db.get());
        }

        @Override
        protected AlertQueue alerts() {
            return new JdbcAlertQueue(db.get());
        }
    }

    @Nested
    class OnPostgres extends WatchStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        protected WatchStore watches() {
            return new JdbcWatchStore(db.get());
        }

        @Override
        protected AlertQueue alerts() {
            return new JdbcAlertQueue(db.get());
        }
    }
}
