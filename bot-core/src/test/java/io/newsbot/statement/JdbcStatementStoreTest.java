package io.newsbot.statement;

import io.newsbot.statement.jdbc.JdbcStatementStore;
import io.newsbot.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC statement store's contract on H2 and on PostgreSQL (skipped unless NEWSBOT_TEST_PG_URL is set). */
class JdbcStatementStoreTest {
    @Nested
    class OnH2 extends StatementStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.h2();

        @Override
        protected StatementStore store() {
            return new JdbcStatementStore(db.get());
        }
    }

    @Nested
    class OnPostgres extends StatementStoreContract {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        protected StatementStore store() {
            return new JdbcStatementStore(db.get());
        }
    }
}
