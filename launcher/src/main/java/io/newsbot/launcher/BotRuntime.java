package io.newsbot.launcher;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsbot.app.NewsbotCore;
import io.newsbot.digest.DigestScheduler;
import io.newsbot.digest.DigestThreads;
import io.newsbot.digest.EmptyDay;
import io.newsbot.ingest.FeedPoller;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.console.ConsoleChat;
import io.newsbot.launcher.console.ConsoleMessenger;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.launcher.ops.Metrics;
import io.newsbot.outbox.MessengerCourier;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.adapter.PlatformAdapter;
import io.newsbot.platform.PlatformStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bot: the core, the HTTP server (health, metrics, webhooks), the platform adapters and the
 * background jobs. Closing it stops receiving, lets in-flight replies finish, and closes the store.
 */
public final class BotRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
    private final NewsbotConfig config;
    private final NewsbotCore core;
    private final List<PlatformAdapter> adapters = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private HealthServer http;
    private ScheduledThreadPoolExecutor digestTimer;
    private DigestScheduler digests;
    private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsbot-jobs");
        t.setDaemon(true);
        return t;
    });
    private FeedPoller feeds;
    private final Map<String, OutboxSender> senders = new ConcurrentHashMap<>();

    public BotRuntime(NewsbotConfig config, NewsbotCore core) {
        this.config = config;
        this.core = core;
    }

    public void start() throws Exception {
        // The model loads while the platforms connect: the first question does not wait for it, and the start does not either.
        core.loadModelInBackground();
        PrometheusMeterRegistry registry = Metrics.register(core);
        if (config.http().port() > 0) {
            http = new HealthServer(config.http().bind(), config.http().port(), core, registry, this::platformStates);
        }
        adapters.addAll(Adapters.create(config, core, http));
        if (http != null) {
            http.start();
            log.info("Health and metrics on http://{}:{}/healthz and /metrics", config.http().bind(), http.port());
        }
        ConsoleMessenger console = new ConsoleMessenger(System.out);
        core.addMessenger(console);
        senders.put(console.platform(), consoleSender(console));
        core.addSender(console.platform(), senders.get(console.platform()));
        for (PlatformAdapter a : adapters) {
            core.addMessenger(a.messenger());
            senders.put(a.platform(), a.sender());
            core.addSender(a.platform(), a.sender());
            // Returns at once when the platform cannot be reached: the adapter keeps trying and the rest of the bot runs.
            a.start();
            PlatformStatus s = a.status();
            if (s.state() == PlatformStatus.State.CONNECTED) log.info("{} adapter started", a.platform());
            else log.info("{} adapter started; {} is {} for now", a.platform(), a.platform(), s.state().label());
        }
        feeds = new FeedPoller(core.sources(), core.ingestor(), core.sourceLocks(), jobs, Duration.ofMinutes(config.feedPollMinutes()), core.clock());
        feeds.start();
        jobs.scheduleWithFixedDelay(this::forgetOldEvents, 1, 60, java.util.concurrent.TimeUnit.MINUTES);
        startDigests();
    }

    /**
     * Platform event ids are kept two days to catch redeliveries (Telegram keeps an update 24 hours at most), then
     * forgotten so the table stays small; so are delivered and given-up outbox messages, and digest messages a month
     * old (a reply to one is then answered as any question).
     */
    private void forgetOldEvents() {
        try {
            int n = core.events().purgeBefore(core.clock().instant().minus(Duration.ofDays(2)));
            if (n > 0) log.debug("Forgot {} handled platform events older than two days", n);
            int m = core.outbox().purgeSettledBefore(core.clock().instant().minus(Duration.ofDays(2)));
            if (m > 0) log.debug("Forgot {} delivered or given-up replies older than two days", m);
            int d = core.digestThreads().forgetSentBefore(core.clock().instant().minus(DigestThreads.KEPT));
            if (d > 0) log.debug("Forgot {} digest messages older than {} days", d, DigestThreads.KEPT.toDays());
        } catch (RuntimeException e) {
            log.warn("Could not forget old platform events, outbox messages or digest messages", e);
        }
    }

    /** The console's digests go through the outbox too; it is always reachable. */
    private OutboxSender consoleSender(ConsoleMessenger console) {
        OutboxSender sender = new OutboxSender(core.outbox(), new MessengerCourier(console), core.clock(), jobs, Runnable::run,
                OutboxSender.Options.defaults(core.instanceId()));
        sender.start();
        return sender;
    }

    private Map<String, PlatformStatus> platformStates() {
        Map<String, PlatformStatus> states = new LinkedHashMap<>();
        for (PlatformAdapter a : adapters) states.put(a.platform(), a.status());
        return states;
    }

    /** Daily digests: one timer thread polls the subscriptions and sends through the running platforms' messengers. */
    private void startDigests() {
        digestTimer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "newsbot-digests");
            t.setDaemon(true);
            return t;
        });
        // Pending retries are dropped on shutdown: their claims show as failed to admins instead of delaying the exit.
        digestTimer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        String instance = "pid-" + ProcessHandle.current().pid() + "@" + System.getenv().getOrDefault("HOSTNAME", "localhost");
        digests = new DigestScheduler(core.subscriptions(), core.digestLedger(), core.chats(), core.digestComposer(), core.outbox(),
                core.transactions(), platform -> Optional.ofNullable(senders.get(platform)), digestTimer, core.clock(),
                DigestScheduler.Options.defaults(instance, EmptyDay.parse(config.digestEmptyDay())));
        digests.start();
        // Watch alerts share the digests' timer thread: both send through the same messengers, one at a time.
        core.watchAlerts().start(digestTimer);
    }

    /** Lets a digest being sent finish, so that its claim is resolved, before the adapters and the store close. */
    private void stopDigests() {
        if (digests != null) digests.close();
        core.watchAlerts().close();
        if (digestTimer == null) return;
        digestTimer.shutdown();
        try {
            if (!digestTimer.awaitTermination(15, TimeUnit.SECONDS)) digestTimer.shutdownNow();
        } catch (InterruptedException e) {
            digestTimer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public boolean hasPlatforms() {
        return !adapters.isEmpty();
    }

    public void consoleChat(String greeting) throws IOException {
        new ConsoleChat(core.bot(), new ConsoleMessenger(System.out), core.clock(), core.settings().dataDir().resolve("chat-history"),
                core.digestThreads()).run(greeting);
    }

    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        log.info("Shutting down");
        stopDigests();
        OutboxSender console = senders.get("console");
        if (console != null) console.close();
        for (PlatformAdapter a : adapters) {
            try {
                a.close();
            } catch (RuntimeException e) {
                log.warn("The {} adapter did not close cleanly", a.platform(), e);
            }
        }
        if (http != null) http.close();
        if (feeds != null) feeds.close();
        jobs.shutdown(); // not interrupted: an interrupt during an index write closes the index writer
        try {
            if (!jobs.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) log.warn("The feed poller did not stop in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            core.close();
        } catch (RuntimeException e) {
            log.warn("The store did not close cleanly", e);
        }
        stopped.countDown();
    }
}
