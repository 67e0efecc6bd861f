package io.newsbot.store.jdbc;

import io.newsbot.store.SubscriptionStore;
import io.newsbot.store.SubscriptionStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcSubscriptionStoreTest extends SubscriptionStoreContract {
    private final Database db = Database.inMemory("subscriptions-" + UUID.randomUUID());
    private final SubscriptionStore store = new JdbcSubscriptionStore(db);

    @Override
    protected SubscriptionStore store() {
        return store;
    }

    @AfterEach
    void close() {
        db.close();
    }
}
