package io.newsbot;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.CorpusTopics;
import io.newsbot.answer.ExtractiveAnswerer;
import io.newsbot.answer.QuestionParser;
import io.newsbot.answer.QuotedSpeakers;
import io.newsbot.answer.SentenceScorer;
import io.newsbot.answer.Retriever;
import io.newsbot.article.ArticleStore;
import io.newsbot.article.SourceStore;
import io.newsbot.command.Access;
import io.newsbot.command.AskCommand;
import io.newsbot.command.Bot;
import io.newsbot.command.CommandRouter;
import io.newsbot.command.ConversationMemory;
import io.newsbot.command.HelpCommand;
import io.newsbot.command.LatestCommand;
import io.newsbot.command.SourcesCommand;
import io.newsbot.command.StartCommand;
import io.newsbot.digest.DigestCommand;
import io.newsbot.digest.DigestComposer;
import io.newsbot.digest.LeadBiasedSummariser;
import io.newsbot.digest.StorySummariser;
import io.newsbot.digest.jdbc.JdbcDigestMemory;
import io.newsbot.digest.SubscribeCommand;
import io.newsbot.digest.SubscriptionAccess;
import io.newsbot.digest.SubscriptionsCommand;
import io.newsbot.digest.UnsubscribeCommand;
import io.newsbot.guard.InputPolicy;
import io.newsbot.guard.RateLimiter;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.postgres.PostgresSearchIndex;
import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.ingest.DemoCorpus;
import io.newsbot.ingest.Ingestor;
import io.newsbot.ingest.SourceLocks;
import io.newsbot.ingest.http.AddressPolicy;
import io.newsbot.ingest.http.GuardedHttpFetcher;
import io.newsbot.quote.AttributionExtractor;
import io.newsbot.statement.AttributionReader;
import io.newsbot.statement.StatementExtractor;
import io.newsbot.statement.StatementIndexer;
import io.newsbot.statement.StatementStore;
import io.newsbot.statement.StatementUpdatingIndex;
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
import io.newsbot.story.Stories;
import io.newsbot.story.StoryBackfill;
import io.newsbot.story.StoryGrouper;
import io.newsbot.story.StorySettings;
import io.newsbot.story.StoryStore;
import io.newsbot.story.jdbc.JdbcStoryStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core wired by hand: store, index, ingestion, answers and commands, with no chat platform. The
 * launcher opens one, adds adapters around {@link #bot()}, and closes it on shutdown.
 */
public final class NewsbotCore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NewsbotCore.class);
    private static final long STARTUP_LOCK = 0x6e657773626f7432L;

    private final CoreSettings settings;
    private final Clock clock;
    private final Database database;
    private final ExecutorService embedding;
    private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("background"));
    private final ArticleStore articles;
    private final SourceStore sources;
    private final ChatStore chats;
    private final AdminStore admins;
    private final AuditLog audit;
    private final EventLedger events;
    private final Leases leases;
    private final io.newsbot.outbox.Outbox outbox;
    private final String instanceId = InstanceId.create();
    private final SourceLocks sourceLocks;
    private final Settings values;
    private final QuestionLog questions;
    private final SubscriptionStore subscriptions;
    private final DigestGrants digestGrants;
    private final DigestLedger digestLedger;
    private final DigestComposer digestComposer;
    private final Embedder embedder;
    private final SearchIndex index;
    private final ArticleIndexer indexer;
    private final Ingestor ingestor;
    private final StoryStore storyStore;
    private final StoryGrouper grouper;
    private final Stories stories;
    private final java.util.concurrent.CompletableFuture<Integer> backfilled = new java.util.concurrent.CompletableFuture<>();
    private final Retriever retriever;
    private final AttributionExtractor attributionExtractor;
    private final StatementStore statements;
    private final StatementIndexer statementIndexer;
    private final CorpusTopics topics;
    private final Access access;
    private final CommandRouter router;
    private final Bot bot;
    private final HttpClient http;
    private final io.newsbot.feedback.FeedbackStore feedback;
    private final io.newsbot.digest.DigestThreads digestThreads;
    private final io.newsbot.watch.WatchStore watches;
    private final io.newsbot.watch.AlertQueue alerts;
    private final io.newsbot.watch.WatchSettings watchSettings = io.newsbot.watch.WatchSettings.DEFAULT;
    private final io.newsbot.watch.ChatAlertRules alertRules;
    private final io.newsbot.watch.WatchAlerts watchAlerts;
    private final java.util.Map<String, io.newsbot.platform.Messenger> messengers = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, io.newsbot.outbox.OutboxSender> senders = new java.util.concurrent.ConcurrentHashMap<>();

    private NewsbotCore(CoreSettings settings, Clock clock, Database database) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.articles = new JdbcArticleStore(database);
        this.sources = new JdbcSourceStore(database);
        this.chats = new JdbcChatStore(database);
        this.admins = new JdbcAdminStore(database);
        this.audit = new JdbcAuditLog(database);
        this.events = new JdbcEventLedger(database);
        this.leases = new JdbcLeases(database);
        this.outbox = new JdbcOutbox(database);
        this.sourceLocks = new SourceLocks(leases, instanceId, clock);
        this.values = new JdbcSettings(database);
        this.questions = new JdbcQuestionLog(database);
        this.subscriptions = new JdbcSubscriptionStore(database);
        this.digestGrants = new JdbcDigestGrants(database);
        this.digestLedger = new JdbcDigestLedger(database);
        this.embedding = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), daemon("embedding"));
        this.embedder = new OnnxEmbedder(settings.embeddingModel(), embedding);
        SentenceSplitter splitter = new SentenceSplitter();
        this.attributionExtractor = new AttributionExtractor(splitter);
        this.statements = new JdbcStatementStore(database);
        this.statementIndexer = new StatementIndexer(statements, new StatementExtractor(new AttributionReader(attributionExtractor), splitter));
        // A shared PostgreSQL store gets the index in the same database, so every instance searches what any ingested.
        // Whatever is indexed also has its statements extracted, so "What did X say?" sees the whole corpus.
        this.index = new StatementUpdatingIndex(database.vendor() == Database.Vendor.POSTGRESQL
                ? new PostgresSearchIndex(database, embedder.dimension(), embedder.name(), settings.fusion(), clock)
                : new LuceneSearchIndex(settings.dataDir().resolve("index"), embedder.name(), settings.fusion()), statementIndexer);
        this.indexer = new ArticleIndexer(index, new Chunker(splitter, settings.chunkWords(), settings.limits().maxChunks()), embedder);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.fetch().timeout()).build();
        var fetcher = new GuardedHttpFetcher(http, AddressPolicy.standard(settings.fetch().allowPrivateAddresses()),
                settings.fetch().maxRedirects(), settings.fetch().maxBytes(), settings.fetch().timeout());
        this.storyStore = new JdbcStoryStore(database);
        this.grouper = new StoryGrouper(storyStore, StorySettings.DEFAULT);
        this.stories = new Stories(storyStore);
        this.ingestor = new Ingestor(articles, indexer, fetcher, clock, settings.limits(),
                (article, vectors) -> grouper.place(StoryGrouper.Arrival.of(article, vectors)));
        this.retriever = new Retriever(index, embedder, settings.coverage());
        this.digestComposer = new DigestComposer(articles, stories, new JdbcDigestMemory(database), new LeadBiasedSummariser(splitter),
                new StorySummariser(splitter), 10);
        this.topics = new CorpusTopics(articles);
        this.access = new Access(admins, settings.admins());
        this.router = new CommandRouter(access);
        this.feedback = new io.newsbot.feedback.jdbc.JdbcFeedbackStore(database);
        this.digestThreads = new io.newsbot.digest.jdbc.JdbcDigestThreads(database);
        this.watches = new io.newsbot.watch.jdbc.JdbcWatchStore(database);
        this.alerts = new io.newsbot.watch.jdbc.JdbcAlertQueue(database);
        this.alertRules = new io.newsbot.watch.ChatAlertRules(subscriptions, values, settings.zone(), watchSettings);
        this.watchAlerts = new io.newsbot.watch.WatchAlerts(
                new io.newsbot.watch.WatchScanner(articles, watches, alerts, new io.newsbot.watch.WatchMatcher(
                        io.newsbot.watch.Statements.extractedBy(attributionExtractor), embedder, watchSettings.topicThreshold()),
                        io.newsbot.watch.ArticleGroups.byStory(stories), values, clock),
                new io.newsbot.watch.AlertSender(alerts, watches, articles, chats, alertRules, outbox, database,
                        io.newsbot.watch.RunningPlatforms.of(this::sender), clock, instanceId), watchSettings);
        this.bot = new Bot(router, chats, new InputPolicy(settings.maxQuestionChars()),
                new RateLimiter(settings.userPerMinute(), settings.userPerMinute(), clock),
                new RateLimiter(settings.chatPerMinute(), settings.chatPerMinute(), clock), clock);
    }

    /** Opens the store and index under the settings' data directory, repairs the index if needed, seeds the demo. */
    public static NewsbotCore open(CoreSettings settings, Clock clock) {
        return open(settings, StoreSettings.EMBEDDED, clock, null);
    }

    /** Opens the core on the store the store settings name (embedded H2, or a PostgreSQL shared with other instances). */
    public static NewsbotCore open(CoreSettings settings, StoreSettings store, Clock clock) {
        return open(settings, store, clock, null);
    }

    /**
     * Opens the core, optionally with a language model writing the answers (extractive answers remain the fallback).
     *
     * @param languageModel the model, or {@code null} for extractive answers only
     */
    public static NewsbotCore open(CoreSettings settings, StoreSettings store, Clock clock,
                                   dev.langchain4j.model.chat.ChatModel languageModel) {
        Database database = store.open(settings.dataDir());
        NewsbotCore core;
        try {
            core = new NewsbotCore(settings, clock, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        try {
            core.start(languageModel);
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
        return core;
    }

    private void start(dev.langchain4j.model.chat.ChatModel languageModel) {
        if (database.vendor() == Database.Vendor.H2) {
            // The embedded store has one instance (its file lock says so): leases in it are this directory's previous run's.
            int stale = leases.releaseAll() + outbox.releaseLeases();
            if (stale > 0) log.info("Released {} lease(s) left by the previous run of this data directory", stale);
        }
        // Instances starting together on one PostgreSQL take turns: one repairs the shared index and seeds the demo.
        database.exclusively(STARTUP_LOCK, () -> {
            prepareIndexAndDemo();
            return null;
        });
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(retriever, articles, statements, topics, new SentenceScorer(SentenceScorer.Weights.DEFAULT), stories);
        Answerer answerer = languageModel == null ? extractive : new io.newsbot.answer.LlmAnswerer(retriever, articles, languageModel, extractive, io.newsbot.answer.SupportMeasure.DEFAULT);
        registerCommands(answerer);
        // Articles stored before stories existed, or whose grouping failed, are grouped in the background.
        background.execute(() -> {
            try {
                backfilled.complete(new StoryBackfill(storyStore, grouper, articles, a -> indexer.prepare(a).vectors(), 200).run(background::isShutdown));
            } catch (RuntimeException e) {
                log.error("Grouping stored articles into stories failed; it is tried again on the next start", e);
                backfilled.completeExceptionally(e);
            }
        });
    }

    private void prepareIndexAndDemo() {
        if (!index.embedderName().equals(embedder.name())) {
            log.info("The index was built with {}; rebuilding it with {}", index.embedderName(), embedder.name());
            index.setEmbedderName(embedder.name());
            indexer.rebuild(articles, n -> { });
        } else {
            int repaired = indexer.reconcile(articles);
            if (repaired > 0) log.info("Brought the search index in line with the store ({} articles)", repaired);
        }
        int extracted = statementIndexer.reconcile(articles);
        if (extracted > 0) log.info("Brought the statements in line with the store ({} articles)", extracted);
        if (settings.seedDemo() && articles.count() == 0 && values.get("demo.seeded").isEmpty()) {
            var report = ingestor.ingestDrafts(DemoCorpus.drafts(), null, Ingestor.Progress.NONE);
            values.put("demo.seeded", clock.instant().toString());
            log.info("Ingested the demo articles: {}", report.summary());
        }
    }

    private void registerCommands(Answerer answerer) {
        ConversationMemory memory = new ConversationMemory(10_000);
        io.newsbot.command.feedback.ReasonPrompt reasons = new io.newsbot.command.feedback.ReasonPrompt(feedback);
        router.register(new StartCommand(articles, topics))
                .register(new HelpCommand(() -> new ArrayList<>(router.commands())))
                .register(new AskCommand(new QuestionParser(clock, settings.zone(), new QuotedSpeakers(statements)), answerer, memory, articles, questions, clock, feedback,
                        new io.newsbot.conversation.DigestThreadAnswerer(digestThreads, new QuestionParser(clock, settings.zone(),
                                new QuotedSpeakers(statements)), answerer, statements, clock, settings.zone())))
                .register(new SourcesCommand(articles))
                .register(new LatestCommand(articles))
                .register(new SubscribeCommand(subscriptions, digestLedger, settings.zone(), clock, new SubscriptionAccess(digestGrants)))
                .register(new UnsubscribeCommand(subscriptions, new SubscriptionAccess(digestGrants)))
                .register(new SubscriptionsCommand(subscriptions, digestLedger, clock))
                .register(new DigestCommand(digestComposer, subscriptions, digestLedger, settings.zone(), clock))
                .register(new io.newsbot.watch.WatchCommand(watches, new SubscriptionAccess(digestGrants), clock, watchSettings.maxPerChat()))
                .register(new io.newsbot.watch.WatchesCommand(watches, alertRules, new SubscriptionAccess(digestGrants)))
                .register(new io.newsbot.watch.UnwatchCommand(watches, new SubscriptionAccess(digestGrants)))
                .register(io.newsbot.command.feedback.RateCommand.good(feedback, reasons, clock))
                .register(io.newsbot.command.feedback.RateCommand.bad(feedback, reasons, clock))
                .register(io.newsbot.command.admin.AdminCommand.forCore(this, background));
        router.await(reasons);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, "newsbot-" + name);
            t.setDaemon(true);
            return t;
        };
    }

    public CoreSettings settings() { return settings; }
    public Clock clock() { return clock; }
    public Database database() { return database; }
    public ArticleStore articles() { return articles; }
    public SourceStore sources() { return sources; }
    public ChatStore chats() { return chats; }
    public AdminStore admins() { return admins; }
    public AuditLog audit() { return audit; }
    public EventLedger events() { return events; }
    public Leases leases() { return leases; }
    /** Replies and digests waiting to be delivered. */
    public io.newsbot.outbox.Outbox outbox() { return outbox; }
    /** Commits writes to several stores together, such as an event's claim and its queued reply. */
    public io.newsbot.store.Transactions transactions() { return database; }
    /** This process's name among the instances sharing the store: host, process id and a random part. */
    public String instanceId() { return instanceId; }
    public SourceLocks sourceLocks() { return sourceLocks; }
    public Settings values() { return values; }
    public QuestionLog questions() { return questions; }
    public SubscriptionStore subscriptions() { return subscriptions; }
    public DigestGrants digestGrants() { return digestGrants; }
    public DigestLedger digestLedger() { return digestLedger; }
    public DigestComposer digestComposer() { return digestComposer; }
    public Embedder embedder() { return embedder; }
    public SearchIndex index() { return index; }
    public ArticleIndexer indexer() { return indexer; }
    public Ingestor ingestor() { return ingestor; }
    /** The stories articles belong to: which outlets report an article's event. */
    public Stories stories() { return stories; }
    public StoryGrouper storyGrouper() { return grouper; }
    /** Completes with how many stored articles the start-up grouped into stories (those stored without one). */
    public java.util.concurrent.CompletableFuture<Integer> storyBackfill() { return backfilled; }
    public Retriever retriever() { return retriever; }
    public AttributionExtractor attributions() { return attributionExtractor; }
    public StatementStore statements() { return statements; }
    public CorpusTopics topics() { return topics; }
    public Access access() { return access; }
    public CommandRouter router() { return router; }
    public Bot bot() { return bot; }
    public HttpClient http() { return http; }
    /** Answers with their questions, and the votes on them. */
    public io.newsbot.feedback.FeedbackStore feedback() { return feedback; }
    /** Which sent messages carry which digest: couriers record them, questions replying to them find them. */
    public io.newsbot.digest.DigestThreads digestThreads() { return digestThreads; }
    public io.newsbot.watch.WatchStore watches() { return watches; }
    public io.newsbot.watch.AlertQueue alerts() { return alerts; }
    /** Matches new articles against the watches and sends the alerts; the runtime starts it on a timer. */
    public io.newsbot.watch.WatchAlerts watchAlerts() { return watchAlerts; }

    /** Makes a platform reachable for what the core sends on its own (digests, broadcasts). */
    public void addMessenger(io.newsbot.platform.Messenger messenger) {
        messengers.put(messenger.platform(), messenger);
    }

    /** Adds the outbox sender of a running platform: watch alerts for it are queued in the outbox and wake it. */
    public void addSender(String platform, io.newsbot.outbox.OutboxSender sender) {
        senders.put(platform, sender);
    }

    /** The outbox sender of a platform, if that platform is running here. */
    public java.util.Optional<io.newsbot.outbox.OutboxSender> sender(String platform) {
        return java.util.Optional.ofNullable(senders.get(platform));
    }

    /** The messenger of a platform, if that platform is running. */
    public java.util.Optional<io.newsbot.platform.Messenger> messenger(String platform) {
        return java.util.Optional.ofNullable(messengers.get(platform));
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        // Not interrupted: an interrupt during a Lucene write closes the index writer. A running re-index sees
        // the shutdown and stops before its next article, uncommitted; the index keeps its last commit.
        background.shutdown();
        try {
            if (!background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) log.warn("A background task did not stop in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        try {
            database.close();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        embedding.shutdown();
        if (!failures.isEmpty()) throw failures.get(0);
    }
}
