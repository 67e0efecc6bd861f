package io.newsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import io.newsbot.adapter.PlatformPorts;
import io.newsbot.cluster.LeaseKeeper;
import io.newsbot.command.Command;
import io.newsbot.feedback.ButtonVotes;
import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.progress.SlowAnswers;
import io.newsbot.platform.AdapterResources;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.CredentialsRejected;
import io.newsbot.platform.Messenger;
import io.newsbot.adapter.PlatformAdapter;
import io.newsbot.platform.PlatformStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import io.newsbot.adapter.PlatformConnection;

/**
 * newsbot in Telegram: receives updates by long polling (or a webhook), hands what is addressed to the bot to the
 * core, and queues the replies in the outbox, whose sender delivers them as HTML. On start it learns its own name
 * ({@code getMe}) and registers the command menu ({@code setMyCommands}); when Telegram cannot be reached it keeps
 * trying in the background while the rest of the bot runs. Of several instances sharing a store, one polls at a time
 * (it holds a lease); each update is claimed in the shared store together with its reply, so none is answered twice
 * when polling moves or the bot restarts.
 */
public final class TelegramAdapter implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    /** Only what the bot acts on; Telegram leaves out the rest (edits, reactions, polls...). */
    static final List<String> ALLOWED_UPDATES = List.of("message", "channel_post", "my_chat_member", "callback_query");
    private static final Duration DRAIN = Duration.ofSeconds(30);
    /** Renewed every 10 s by the polling instance; another takes over within 30 s of its death, at once on a clean stop. */
    private static final Duration POLLING_LEASE = Duration.ofSeconds(30);
    private final TelegramSettings settings;
    private final PlatformPorts core;
    private final AdapterResources threads;
    private final Clock clock;
    private final ExecutorService pollThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsbot-telegram-poll");
        t.setDaemon(true);
        return t;
    });
    private final List<OkHttpClient> clients;
    private final ObjectMapper json = new ObjectMapper();
    private final BotApi api;
    private final BotApi pollApi;
    private final TelegramMessenger messenger;
    private final ChatQueues queues;
    private final EventReplies replies;
    private final OutboxSender sender;
    private final SlowAnswers slow;
    private final CallbackQueries presses;
    private final PlatformConnection connection;
    private final Duration pollingLeaseLength;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile UpdateHandler handler;
    private LongPoller poller;
    private OffsetTracker offsets;
    private LeaseKeeper pollingLease;

    private TelegramAdapter(TelegramSettings settings, PlatformPorts core, AdapterResources threads, Duration pollingLeaseLength) {
        this.settings = settings;
        this.core = core;
        this.threads = threads;
        this.clock = threads.clock();
        this.pollingLeaseLength = pollingLeaseLength;
        // Sends are not retried by OkHttp: a call whose connection dropped may have reached Telegram, and the outbox decides
        // (with its record of what was accepted) whether and when to try again. OkHttp's default would resend it unseen.
        OkHttpClient sending = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
        // A connection the server closed while idle is retried by OkHttp on a new one, without losing the poll.
        OkHttpClient polling = sending.newBuilder().readTimeout(settings.pollTimeout().plusSeconds(20)).retryOnConnectionFailure(true).build();
        this.clients = List.of(sending, polling);
        this.api = new BotApi(sending, json, settings);
        this.pollApi = new BotApi(polling, json, settings);
        this.messenger = new TelegramMessenger(api, new TelegramHtmlRenderer(), core.chats(), core.digestThreads(), clock);
        this.queues = new ChatQueues(threads.answering());
        this.replies = new EventReplies(core.transactions(), core.events(), core.outbox());
        this.sender = new OutboxSender(core.outbox(), messenger, clock, threads.timer(), threads.sending(),
                OutboxSender.Options.defaults(core.instanceId()));
        // "typing…" is a call to Telegram: made on the sending threads, timed on the timer, neither slowing the answer.
        this.slow = new SlowAnswers(threads.timer(), threads.sending(), SlowAnswers.Options.DEFAULT);
        this.presses = new CallbackQueries(api, new ButtonVotes(core.feedback(), clock));
        this.connection = new PlatformConnection("Telegram", threads, this::connect);
    }

    /** An adapter around the core, running on the given threads, which it owns from now on. */
    public static TelegramAdapter create(TelegramSettings settings, PlatformPorts core, AdapterResources threads) {
        return new TelegramAdapter(settings, core, threads, POLLING_LEASE);
    }

    /** With the length of the polling lease given (tests shorten it to see a takeover quickly). */
    static TelegramAdapter create(TelegramSettings settings, PlatformPorts core, AdapterResources threads, Duration pollingLease) {
        return new TelegramAdapter(settings, core, threads, pollingLease);
    }

    @Override
    public String platform() {
        return InboundTranslator.PLATFORM;
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    @Override
    public OutboxSender sender() {
        return sender;
    }

    @Override
    public PlatformStatus status() {
        return connection.current();
    }

    /** The webhook endpoint, to mount on the HTTP server in webhook mode. Answers 503 until connected. */
    public HttpHandler webhook() {
        return new TelegramWebhook(settings.webhookSecret(), json, update -> {
            UpdateHandler h = handler;
            if (h == null || stopping.get()) return CompletableFuture.failedFuture(new IllegalStateException("the Telegram adapter is not running"));
            return h.accept(update);
        });
    }

    /** Connects now if Telegram answers, else keeps trying in the background; returns either way. */
    @Override
    public void start() {
        connection.start();
    }

    /** One try to connect: who the bot is, its menu, then polling or the webhook, then delivering the outbox. */
    private synchronized void connect() throws Exception {
        if (stopping.get()) return;
        BotIdentity me = identity();
        registerMenu();
        InboundTranslator translator = new InboundTranslator(me, this::knownCommand);
        if (settings.mode() == TelegramSettings.Mode.POLLING && pollingLease == null) {
            api.call(new DeleteWebhook()); // switching back from webhook mode: getUpdates refuses to run while one is set
            // One instance polls at a time (Telegram allows one getUpdates per bot); the others send digests and take over
            // when it stops or dies.
            pollingLease = new LeaseKeeper(core.leases(), "telegram-polling:" + me.id(), core.instanceId(), clock, pollingLeaseLength,
                    threads.timer(), new LeaseKeeper.Work() {
                        @Override
                        public void start() {
                            startPolling(me, translator);
                        }

                        @Override
                        public void stop() {
                            stopPolling();
                        }
                    });
            pollingLease.start();
            if (!pollingLease.working()) {
                log.info("Another newsbot instance polls Telegram for @{}; this one sends digests and takes over if that one stops",
                        me.username());
            }
        } else if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            handler = new UpdateHandler(translator, core.bot(), messenger, core.chats(), queues, UpdateLedger.NONE, replies, sender, me.id(),
                    settings.answerDeadline(), slow, presses, clock);
            api.call(SetWebhook.builder().url(settings.webhookUrl()).secretToken(settings.webhookSecret()).allowedUpdates(ALLOWED_UPDATES).build());
            log.info("Telegram bot @{} receives updates at its webhook {}", me.username(), settings.webhookUrl());
        }
        sender.start();
    }

    /** Starts long polling from the stored offset (another instance may have moved it since this one last polled). */
    private synchronized void startPolling(BotIdentity me, InboundTranslator translator) {
        if (stopping.get()) return;
        OffsetTracker tracker = new OffsetTracker(core.values(), "telegram.offset." + me.id(), clock);
        UpdateHandler updates = new UpdateHandler(translator, core.bot(), messenger, core.chats(), queues, tracker, replies, sender, me.id(),
                settings.answerDeadline(), slow, presses, clock);
        poller = new LongPoller(pollApi, tracker, updates::consume, connection.status(), Backoff.CONNECTING, pollThread, threads.timer(), settings.pollTimeout());
        offsets = tracker;
        handler = updates;
        poller.start();
        log.info("Telegram bot @{} is polling for updates from offset {}", me.username(), tracker.handledUpTo() + 1);
    }

    /** The lease moved to another instance (or the bot stops): stop polling, and leave the stored offset to that instance. */
    private synchronized void stopPolling() {
        if (offsets != null) offsets.retire();
        offsets = null;
        if (poller != null) poller.stop();
        poller = null;
    }

    /** Whether this instance is the one polling Telegram (it holds the polling lease). */
    boolean polling() {
        return pollingLease != null && pollingLease.working();
    }

    private BotIdentity identity() throws BotApiException, CredentialsRejected {
        User user;
        try {
            user = api.call(new GetMe());
        } catch (BotApiException e) {
            if (e.tokenRefused()) {
                throw connection.tokenRefused("Telegram refused the bot token (" + e.errorCode() + " Unauthorized): check NEWSBOT_TELEGRAM_TOKEN"
                        + " against the token BotFather gave you");
            }
            throw e;
        }
        return new BotIdentity(user.getId(), user.getUserName());
    }

    private void registerMenu() {
        try {
            api.call(CommandMenu.of(core.commands()));
        } catch (BotApiException e) {
            // The menu is a convenience; commands work without it.
            log.warn("Could not register the Telegram command menu: {}", e.getMessage());
        }
    }

    private boolean knownCommand(String name) {
        for (Command c : core.commands()) if (c.name().equals(name.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    @Override
    public void close() {
        if (!stopping.compareAndSet(false, true)) return;
        connection.close();
        // Stop asking for updates, finish the answers under way (they commit their claims and replies), and only then give
        // the lease up, so the instance taking over starts after them; then let the sends under way record their outcome.
        synchronized (this) {
            if (poller != null) poller.stop();
        }
        pollThread.shutdownNow();
        await(pollThread, "polling");
        if (!queues.drain(DRAIN)) log.warn("Some Telegram answers were still running {} s into the shutdown", DRAIN.toSeconds());
        threads.answering().shutdown();
        await(threads.answering(), "answering");
        if (pollingLease != null) pollingLease.close();
        sender.close();
        threads.sending().shutdown();
        await(threads.sending(), "sending");
        threads.timer().shutdownNow();
        for (OkHttpClient http : clients) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        connection.stopped();
    }

    private static void await(ExecutorService executor, String what) {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) log.warn("Telegram {} threads did not stop in time", what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
