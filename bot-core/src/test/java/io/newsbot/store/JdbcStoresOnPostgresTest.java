package io.newsbot.store;

import io.newsbot.testing.TestDatabase;

/** The JDBC stores on PostgreSQL (skipped unless NEWSBOT_TEST_PG_URL is set): each port's contract. */
class JdbcStoresOnPostgresTest extends JdbcStoreContracts {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
