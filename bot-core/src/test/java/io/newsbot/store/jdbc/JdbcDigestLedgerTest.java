package io.newsbot.store.jdbc;

import io.newsbot.store.DigestLedger;
import io.newsbot.store.DigestLedgerContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class JdbcDigestLedgerTest extends DigestLedgerContract {
    private final Database db = Database.inMemory("ledger-" + UUID.randomUUID());
    private final DigestLedger ledger = new JdbcDigestLedger(db);

    @Override
    protected DigestLedger ledger() {
        return ledger;
    }

    @AfterEach
    void close() {
        db.close();
    }
}
