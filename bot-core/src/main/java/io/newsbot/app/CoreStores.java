package io.newsbot.app;

import io.newsbot.article.ArticleStore;
import io.newsbot.article.SourceStore;
import io.newsbot.digest.DigestMemory;
import io.newsbot.digest.DigestThreads;
import io.newsbot.digest.jdbc.JdbcDigestMemory;
import io.newsbot.digest.jdbc.JdbcDigestThreads;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.jdbc.JdbcFeedbackStore;
import io.newsbot.outbox.Outbox;
import io.newsbot.statement.StatementStore;
import io.newsbot.statement.jdbc.JdbcStatementStore;
import io.newsbot.store.AdminStore;
import io.newsbot.store.AuditLog;
import io.newsbot.store.ChatStore;
import io.newsbot.store.DigestGrants;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.EventLedger;
import io.newsbot.store.Leases;
import io.newsbot.store.QuestionLog;
import io.newsbot.store.Settings;
import io.newsbot.store.SubscriptionStore;
import io.newsbot.store.jdbc.Database;
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
import io.newsbot.story.StoryStore;
import io.newsbot.story.jdbc.JdbcStoryStore;
import io.newsbot.watch.AlertQueue;
import io.newsbot.watch.WatchStore;
import io.newsbot.watch.jdbc.JdbcAlertQueue;
import io.newsbot.watch.jdbc.JdbcWatchStore;
import java.util.Objects;

/**
 * Every store port the core uses, as one value the composition root builds once and hands out port by port: each
 * part receives only the stores it names in its constructor.
 */
record CoreStores(ArticleStore articles, SourceStore sources, ChatStore chats, AdminStore admins, AuditLog audit, EventLedger events,
                  Leases leases, Outbox outbox, Settings values, QuestionLog questions, SubscriptionStore subscriptions,
                  DigestGrants digestGrants, DigestLedger digestLedger, DigestMemory digestMemory, StatementStore statements,
                  StoryStore stories, FeedbackStore feedback, WatchStore watches, AlertQueue alerts,
                  DigestThreads digestThreads) {
    CoreStores {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(chats, "chats");
        Objects.requireNonNull(admins, "admins");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(digestGrants, "digestGrants");
        Objects.requireNonNull(digestLedger, "digestLedger");
        Objects.requireNonNull(digestMemory, "digestMemory");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(watches, "watches");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(digestThreads, "digestThreads");
    }

    /** The JDBC implementations, all on one database (embedded H2 or a shared PostgreSQL). */
    static CoreStores jdbc(Database database) {
        return new CoreStores(new JdbcArticleStore(database), new JdbcSourceStore(database), new JdbcChatStore(database),
                new JdbcAdminStore(database), new JdbcAuditLog(database), new JdbcEventLedger(database), new JdbcLeases(database),
                new JdbcOutbox(database), new JdbcSettings(database), new JdbcQuestionLog(database), new JdbcSubscriptionStore(database),
                new JdbcDigestGrants(database), new JdbcDigestLedger(database), new JdbcDigestMemory(database),
                new JdbcStatementStore(database), new JdbcStoryStore(database), new JdbcFeedbackStore(database),
                new JdbcWatchStore(database), new JdbcAlertQueue(database), new JdbcDigestThreads(database));
    }
}
