package io.newsbot.app;

import io.newsbot.adapter.PlatformPorts;
import io.newsbot.answer.Answerer;
import io.newsbot.answer.CorpusTopics;
import io.newsbot.answer.ExtractiveAnswerer;
import io.newsbot.answer.LlmAnswerer;
import io.newsbot.answer.Retriever;
import io.newsbot.answer.SentenceMeaning;
import io.newsbot.answer.SentenceScorer;
import io.newsbot.answer.SupportMeasure;
import io.newsbot.article.ArticleStore;
import io.newsbot.article.SourceStore;
import io.newsbot.command.Access;
import io.newsbot.command.Bot;
import io.newsbot.command.Command;
import io.newsbot.command.CommandRouter;
import io.newsbot.command.admin.AdminPorts;
import io.newsbot.digest.DigestComposer;
import io.newsbot.digest.LeadBiasedSummariser;
import io.newsbot.digest.StorySummariser;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.guard.InputPolicy;
import io.newsbot.guard.RateLimiter;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Embedder;
import io.newsbot.index.ModelDescription;
import io.newsbot.index.SearchIndex;
import io.newsbot.ingest.Ingestor;
import io.newsbot.ingest.SourceLocks;
import io.newsbot.ingest.http.AddressPolicy;
import io.newsbot.ingest.http.GuardedHttpFetcher;
import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.Messenger;
import io.newsbot.quote.AttributionExtractor;
import io.newsbot.statement.StatementStore;
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
import io.newsbot.store.Transactions;
import io.newsbot.store.jdbc.Database;
import io.newsbot.story.Stories;
import io.newsbot.story.StoryGrouper;
import io.newsbot.story.StorySettings;
import io.newsbot.watch.AlertQueue;
import io.newsbot.watch.WatchAlerts;
import io.newsbot.watch.WatchSettings;
import io.newsbot.watch.WatchStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the core by hand (stores, index, embedder, ingestion, answers, commands, threads and
 * HTTP client) and hands each part only the ports it uses. No class in bot-core's domain packages sees it: the
 * launcher, the benchmarks and the tests open one, give the platform adapters its {@link PlatformPorts}, and close it
 * on shutdown.
 */
public final class NewsbotCore implements PlatformPorts, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NewsbotCore.class);
    private final CoreSettings settings;
    private final Clock clock;
    private final Database database;
    private final CoreThreads threads;
    private final CoreStores stores;
    private final SearchParts search;
    private final String instanceId = InstanceId.create();
    private final SourceLocks sourceLocks;
    private final HttpClient http;
    private final Ingestor ingestor;
    private final StoryGrouper grouper;
    private final Stories stories;
    private final DigestComposer digestComposer;
    private final CorpusTopics topics;
    private final Access access;
    private final CommandRouter router;
    private final Bot bot;
    private final CoreWatches watches;
    private final CompletableFuture<Integer> backfilled = new CompletableFuture<>();
    private final Map<String, Messenger> messengers = new ConcurrentHashMap<>();
    private final Map<String, OutboxSender> senders = new ConcurrentHashMap<>();

    private NewsbotCore(CoreSettings settings, Clock clock, Database database, CoreThreads threads, ModelDescription model, Embedder embedder) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.threads = threads;
        this.stores = CoreStores.jdbc(database);
        this.search = SearchParts.open(settings, database, stores.statements(), embedder, clock);
        this.sourceLocks = new SourceLocks(stores.leases(), instanceId, clock);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.fetch().timeout()).build();
        var fetcher = new GuardedHttpFetcher(http, AddressPolicy.standard(settings.fetch().allowPrivateAddresses()),
                settings.fetch().maxRedirects(), settings.fetch().maxBytes(), settings.fetch().timeout());
        this.grouper = new StoryGrouper(stores.stories(), StorySettings.DEFAULT);
        this.stories = new Stories(stores.stories());
        this.ingestor = new Ingestor(stores.articles(), search.indexer(), fetcher, clock, settings.limits(),
                (article, vectors) -> grouper.place(StoryGrouper.Arrival.of(article, vectors)));
        this.digestComposer = new DigestComposer(stores.articles(), stories, stores.digestMemory(), new LeadBiasedSummariser(search.splitter()),
                new StorySummariser(search.splitter()), 10);
        this.topics = new CorpusTopics(stores.articles());
        this.access = new Access(stores.admins(), settings.admins());
        this.router = new CommandRouter(access);
        this.watches = CoreWatches.wire(stores, search, stories, database, this::sender, model, settings.zone(), clock, instanceId);
        this.bot = new Bot(router, stores.chats(), new InputPolicy(settings.maxQuestionChars()),
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
    public static NewsbotCore open(CoreSettings settings, StoreSettings store, Clock clock, dev.langchain4j.model.chat.ChatModel languageModel) {
        return open(settings, store, clock, languageModel, EmbedderFactory.ONNX);
    }

    /**
     * Opens the core with the embedder the factory makes: the ONNX model the settings name in production, a small
     * deterministic one in tests that do not test embeddings (the model's calibrated thresholds still apply).
     */
    public static NewsbotCore open(CoreSettings settings, StoreSettings store, Clock clock, dev.langchain4j.model.chat.ChatModel languageModel,
                                   EmbedderFactory embedders) {
        Database database = store.open(settings.dataDir());
        CoreThreads threads = new CoreThreads();
        NewsbotCore core;
        try {
            ModelDescription model = ModelDescription.named(settings.embeddingModel());
            core = new NewsbotCore(settings, clock, database, threads, model, embedders.create(model, threads.embedding()));
        } catch (RuntimeException e) {
            threads.close();
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
        new CoreStartup(database, stores, search, ingestor, settings.seedDemo(), clock).run();
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(search.retriever(), stores.articles(), stores.statements(), topics,
                new SentenceScorer(SentenceScorer.Weights.DEFAULT), stories, new SentenceMeaning(search.embedder()), ExtractiveAnswerer.PASSAGES);
        Answerer answerer = languageModel == null ? extractive
                : new LlmAnswerer(search.retriever(), stores.articles(), languageModel, extractive, SupportMeasure.DEFAULT);
        AdminPorts admin = new AdminPorts(stores.articles(), stores.sources(), sourceLocks, ingestor, search.indexer(), search.index(), access,
                stores.admins(), stores.audit(), stores.digestGrants(), stores.digestLedger(), stores.feedback(), stores.chats(),
                stores.questions(), stores.outbox(), this::messenger, settings.zone(), clock);
        CoreCommands.register(router, stores, answerer, digestComposer, topics, watches.rules(), watches.settings(), admin,
                threads.background(), settings.zone(), clock);
        CoreStartup.backfillStories(threads.background(), stores, grouper, search.indexer(), backfilled);
    }

    public CoreSettings settings() { return settings; }
    public Clock clock() { return clock; }
    public Database database() { return database; }
    public ArticleStore articles() { return stores.articles(); }
    public SourceStore sources() { return stores.sources(); }
    @Override public ChatStore chats() { return stores.chats(); }
    public AdminStore admins() { return stores.admins(); }
    public AuditLog audit() { return stores.audit(); }
    @Override public EventLedger events() { return stores.events(); }
    @Override public Leases leases() { return stores.leases(); }
    @Override public Outbox outbox() { return stores.outbox(); }
    @Override public Transactions transactions() { return database; }
    @Override public String instanceId() { return instanceId; }
    public SourceLocks sourceLocks() { return sourceLocks; }
    @Override public Settings values() { return stores.values(); }
    public QuestionLog questions() { return stores.questions(); }
    public SubscriptionStore subscriptions() { return stores.subscriptions(); }
    public DigestGrants digestGrants() { return stores.digestGrants(); }
    public DigestLedger digestLedger() { return stores.digestLedger(); }
    public DigestComposer digestComposer() { return digestComposer; }
    public Embedder embedder() { return search.embedder(); }
    public SearchIndex index() { return search.index(); }
    public ArticleIndexer indexer() { return search.indexer(); }
    public Ingestor ingestor() { return ingestor; }
    /** The stories articles belong to: which outlets report an article's event. */
    public Stories stories() { return stories; }
    public StoryGrouper storyGrouper() { return grouper; }
    /** Completes with how many stored articles the start-up grouped into stories (those stored without one). */
    public CompletableFuture<Integer> storyBackfill() { return backfilled; }
    public Retriever retriever() { return search.retriever(); }
    public AttributionExtractor attributions() { return search.attributions(); }
    public StatementStore statements() { return stores.statements(); }
    public CorpusTopics topics() { return topics; }
    public Access access() { return access; }
    public CommandRouter router() { return router; }
    @Override public Bot bot() { return bot; }
    @Override public Collection<Command> commands() { return router.commands(); }
    public HttpClient http() { return http; }
    /** Answers with their questions, and the votes on them. */
    public FeedbackStore feedback() { return stores.feedback(); }
    /** Which sent messages carry which digest: couriers record them, questions replying to them find them. */
    public io.newsbot.digest.DigestThreads digestThreads() { return stores.digestThreads(); }
    public WatchStore watches() { return stores.watches(); }
    public AlertQueue alerts() { return stores.alerts(); }
    /** The watches' settings, the topic cosine among them (the embedding model's calibrated one). */
    WatchSettings watchSettings() { return watches.settings(); }

    /** Matches new articles against the watches and sends the alerts; the runtime starts it on a timer. */
    public WatchAlerts watchAlerts() { return watches.alerts(); }

    /**
     * Loads the embedding model on the embedding threads, so that a running bot's first question does not wait for it;
     * a one-shot command that needs it loads it on first use instead.
     */
    public void loadModelInBackground() {
        threads.embedding().execute(() -> {
            try {
                search.embedder().load();
            } catch (RuntimeException e) {
                log.error("Loading the embedding model failed; it is tried again on the first question", e);
            }
        });
    }

    /** Makes a platform reachable for what the core sends on its own (digests, broadcasts). */
    public void addMessenger(Messenger messenger) {
        messengers.put(messenger.platform(), messenger);
    }

    /** Adds the outbox sender of a running platform: watch alerts for it are queued in the outbox and wake it. */
    public void addSender(String platform, OutboxSender sender) {
        senders.put(platform, sender);
    }

    /** The outbox sender of a platform, if that platform is running here. */
    public Optional<OutboxSender> sender(String platform) {
        return Optional.ofNullable(senders.get(platform));
    }

    /** The messenger of a platform, if that platform is running. */
    public Optional<Messenger> messenger(String platform) {
        return Optional.ofNullable(messengers.get(platform));
    }

    @Override
    public void close() {
        // Not interrupted: an interrupt during a Lucene write closes the index writer. A running re-index sees
        // the shutdown and stops before its next article, uncommitted; the index keeps its last commit.
        threads.stopBackground();
        RuntimeException failure = null;
        try {
            search.index().close();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            stores.stories().flush();
        } catch (RuntimeException e) {
            if (failure == null) failure = e;
        }
        try {
            database.close();
        } catch (RuntimeException e) {
            if (failure == null) failure = e;
        }
        threads.close();
        if (failure != null) throw failure;
    }
}
