package io.newsbot.store;

import io.newsbot.article.ArticleStore;
import io.newsbot.article.SourceStore;
import io.newsbot.digest.DigestThreads;
import io.newsbot.digest.DigestThreadsContract;
import io.newsbot.digest.jdbc.JdbcDigestThreads;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.FeedbackStoreContract;
import io.newsbot.feedback.jdbc.JdbcFeedbackStore;
import io.newsbot.outbox.Outbox;
import io.newsbot.store.jdbc.JdbcAdminStore;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcAuditLog;
import io.newsbot.store.jdbc.JdbcChatStore;
import io.newsbot.store.jdbc.JdbcDigestGrants;
import io.newsbot.store.jdbc.JdbcDigestLedger;
import io.newsbot.store.jdbc.JdbcEventLedger;
import io.newsbot.store.jdbc.JdbcLeases;
import io.newsbot.store.jdbc.JdbcOutbox;
import io.newsbot.store.jdbc.JdbcQuestionLog;
import io.newsbot.store.jdbc.JdbcSettings;
import io.newsbot.store.jdbc.JdbcSourceStore;
import io.newsbot.store.jdbc.JdbcSubscriptionStore;
import io.newsbot.statement.StatementStore;
import io.newsbot.statement.StatementStoreContract;
import io.newsbot.statement.jdbc.JdbcStatementStore;
import io.newsbot.testing.TestDatabase;
import io.newsbot.watch.AlertQueue;
import io.newsbot.watch.WatchStore;
import io.newsbot.watch.WatchStoreContract;
import io.newsbot.watch.jdbc.JdbcAlertQueue;
import io.newsbot.watch.jdbc.JdbcWatchStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each JDBC store against its port's contract, on the database a subclass names: one list of stores for H2 and
 * PostgreSQL, so a store added here is tested on both.
 */
abstract class JdbcStoreContracts {
    /** A fresh, migrated database for each test. */
    protected abstract TestDatabase newDatabase();

    @Nested
    class Articles extends ArticleStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected ArticleStore articles() {
            return new JdbcArticleStore(db.get());
        }
    }

    @Nested
    class Sources extends SourceStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected SourceStore sources() {
            return new JdbcSourceStore(db.get());
        }

        @Override
        protected ArticleStore articles() {
            return new JdbcArticleStore(db.get());
        }
    }

    @Nested
    class Chats extends ChatStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected ChatStore chats() {
            return new JdbcChatStore(db.get());
        }
    }

    @Nested
    class Grants extends DigestGrantsContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected DigestGrants grants() {
            return new JdbcDigestGrants(db.get());
        }
    }

    @Nested
    class Admins extends AdminStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected AdminStore admins() {
            return new JdbcAdminStore(db.get());
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected AuditLog audit() {
            return new JdbcAuditLog(db.get());
        }
    }

    @Nested
    class Events extends EventLedgerContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected EventLedger ledger() {
            return new JdbcEventLedger(db.get());
        }
    }

    @Nested
    class LeaseTable extends LeasesContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected Leases leases() {
            return new JdbcLeases(db.get());
        }
    }

    @Nested
    class Values extends SettingsContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected Settings settings() {
            return new JdbcSettings(db.get());
        }
    }

    @Nested
    class Questions extends QuestionLogContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected QuestionLog questions() {
            return new JdbcQuestionLog(db.get());
        }
    }

    @Nested
    class Subscriptions extends SubscriptionStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected SubscriptionStore store() {
            return new JdbcSubscriptionStore(db.get());
        }
    }

    @Nested
    class DigestDeliveries extends DigestLedgerContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected DigestLedger ledger() {
            return new JdbcDigestLedger(db.get());
        }
    }

    @Nested
    class OutboxTable extends OutboxContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected Outbox outbox() {
            return new JdbcOutbox(db.get());
        }

        @Override
        protected EventLedger events() {
            return new JdbcEventLedger(db.get());
        }

        @Override
        protected Transactions transactions() {
            return db.get();
        }
    }

    @Nested
    class Statements extends StatementStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected StatementStore store() {
            return new JdbcStatementStore(db.get());
        }
    }

    @Nested
    class Feedback extends FeedbackStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected FeedbackStore store() {
            return new JdbcFeedbackStore(db.get());
        }
    }

    @Nested
    class Watches extends WatchStoreContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

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
    class DigestMessages extends DigestThreadsContract {
        @RegisterExtension
        final TestDatabase db = newDatabase();

        @Override
        protected DigestThreads store() {
            return new JdbcDigestThreads(db.get());
        }
    }
}
