package io.newsbot.command.admin;

import io.newsbot.article.ArticleStore;
import io.newsbot.article.SourceStore;
import io.newsbot.command.Access;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.SearchIndex;
import io.newsbot.ingest.Ingestor;
import io.newsbot.ingest.SourceLocks;
import io.newsbot.outbox.Outbox;
import io.newsbot.platform.Messenger;
import io.newsbot.store.AdminStore;
import io.newsbot.store.AuditLog;
import io.newsbot.store.ChatStore;
import io.newsbot.store.DigestGrants;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.QuestionLog;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of the core that {@code /admin}'s sub-commands read and change, each named, so that what an admin can
 * reach is visible here and a test can build it from fakes.
 *
 * @param articles     listed, counted and removed
 * @param sources      listed, added and removed
 * @param sourceLocks  so that adding a source does not race a feed poll
 * @param ingestor     fetches an added source; removes an article from the index
 * @param indexer      re-indexes in place
 * @param index        its size, for stats
 * @param access       who is an admin by configuration
 * @param admins       admins granted in chat
 * @param audit        every invocation, allowed or refused
 * @param digestGrants chats allowed to subscribe to digests
 * @param digestLedger digest deliveries, for stats
 * @param feedback     votes on answers, and unanswered questions
 * @param chats        where a broadcast goes
 * @param questions    today's latencies, for stats
 * @param outbox       undelivered replies, for stats
 * @param messengers   the running platform's messenger, by platform name (progress and broadcasts)
 * @param zone         the zone of the days in listings and stats
 * @param clock        for the audit trail and "today"
 */
public record AdminPorts(ArticleStore articles, SourceStore sources, SourceLocks sourceLocks, Ingestor ingestor, ArticleIndexer indexer,
                         SearchIndex index, Access access, AdminStore admins, AuditLog audit, DigestGrants digestGrants,
                         DigestLedger digestLedger, FeedbackStore feedback, ChatStore chats, QuestionLog questions, Outbox outbox,
                         Function<String, Optional<Messenger>> messengers, ZoneId zone, Clock clock) {
    public AdminPorts {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(sourceLocks, "sourceLocks");
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(indexer, "indexer");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(admins, "admins");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(digestGrants, "digestGrants");
        Objects.requireNonNull(digestLedger, "digestLedger");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(chats, "chats");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(messengers, "messengers");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
    }
}
