package io.newsbot.store;

import io.newsbot.testing.TestDatabase;

/** The JDBC stores on embedded H2, in memory: each port's contract. */
class JdbcStoresOnH2Test extends JdbcStoreContracts {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
