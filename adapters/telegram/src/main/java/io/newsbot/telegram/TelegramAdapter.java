package io.newsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import io.newsbot.NewsbotCore;
import io.newsbot.cluster.LeaseKeeper;
import io.newsbot.command.Command;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.PlatformAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * newsbot in Telegram: receives updates by long polling (or a webhook), hands what is addressed to the bot
 * to the core, and sends the replies as HTML. On start it learns its own name ({@code getMe}) and registers
 * the command menu ({@code setMyCommands}). Of several instances sharing a store, one polls at a time (it holds a
 * lease); each update is claimed in the shared store, so none is answered twice when polling moves.
 */
public final class TelegramAdapter implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    /** Only what the bot acts on; Telegram leaves out the rest (edits, reactions, polls...). */
    static final List<String> ALLOWED_UPDATES = List.of("message", "channel_post", "my_chat_member");
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final Duration POLL_PATIENCE = Duration.ofMillis(500);
    /** Renewed every 10 s by the polling instance; another takes over within 30 s of its death, at once on a clean stop. */
    private static final Duration POLLING_LEASE = Duration.ofSeconds(30);
    private final TelegramSettings settings;
    private final NewsbotCore core;
    private final ExecutorService workers;
    private final ScheduledExecutorService poller;
    /** Not the poller: a long poll holds that thread for up to 50 s, longer than the lease may go unrenewed. */
    private final ScheduledExecutorService leaseTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsbot-telegram-lease");
        t.setDaemon(true);
        return t;
    });
    private final OkHttpClient sendingHttp;
    private final OkHttpClient pollingHttp;
    private final StoppableSockets pollSockets;
    private final ObjectMapper json;
    private final TelegramClient client;
    private final TelegramMessenger messenger;
    private final ChatQueues queues;
    private final AtomicBoolean stopping;
    private final Duration pollingLeaseLength;
    private volatile UpdateHandler handler;
    private TelegramBotsLongPollingApplication polling;
    private OffsetTracker offsets;
    private boolean sessionRunning;
    private LeaseKeeper pollingLease;

    private TelegramAdapter(TelegramSettings settings, NewsbotCore core, ExecutorService workers, ScheduledExecutorService poller,
                            OkHttpClient sendingHttp, OkHttpClient pollingHttp, StoppableSockets pollSockets, AtomicBoolean stopping,
                            ObjectMapper json, Duration pollingLeaseLength) {
        this.settings = settings;
        this.core = core;
        this.workers = workers;
        this.poller = poller;
        this.sendingHttp = sendingHttp;
        this.pollingHttp = pollingHttp;
        this.pollSockets = pollSockets;
        this.stopping = stopping;
        this.json = json;
        this.pollingLeaseLength = pollingLeaseLength;
        this.client = new OkHttpTelegramClient(json, sendingHttp, settings.token(), settings.telegramUrl());
        this.messenger = new TelegramMessenger(client, new TelegramHtmlRenderer(), core.chats());
        this.queues = new ChatQueues(workers);
    }

    /**
     * An adapter around the core.
     *
     * @param workers where chats are answered, in parallel across chats; the adapter shuts it down on close
     */
    public static TelegramAdapter create(TelegramSettings settings, NewsbotCore core, ExecutorService workers) {
        return create(settings, core, workers, Pause.SLEEP);
    }

    /** As {@link #create(TelegramSettings, NewsbotCore, ExecutorService)}, with the wait between retries given. */
    public static TelegramAdapter create(TelegramSettings settings, NewsbotCore core, ExecutorService workers, Pause pause) {
        return create(settings, core, workers, pause, POLLING_LEASE);
    }

    /** With the length of the polling lease given (tests shorten it to see a takeover quickly). */
    static TelegramAdapter create(TelegramSettings settings, NewsbotCore core, ExecutorService workers, Pause pause, Duration pollingLease) {
        OkHttpClient base = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(30)).build();
        OkHttpClient sending = base.newBuilder().addInterceptor(new RetryInterceptor(pause, settings.retries(), true)).build();
        AtomicBoolean stopping = new AtomicBoolean();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsbot-telegram-poll");
            t.setDaemon(true);
            return t;
        });
        StoppableSockets pollSockets = new StoppableSockets();
        OkHttpClient pollingHttp = base.newBuilder().connectionPool(new ConnectionPool()).socketFactory(pollSockets)
                .retryOnConnectionFailure(false).readTimeout(settings.pollTimeout().plusSeconds(20))
                .addInterceptor(new QuietStop(stopping::get))
                .addInterceptor(new RetryInterceptor(pause, settings.retries(), false)).build();
        return new TelegramAdapter(settings, core, workers, poller, sending, pollingHttp, pollSockets, stopping, new ObjectMapper(), pollingLease);
    }

    @Override
    public String platform() {
        return InboundTranslator.PLATFORM;
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    /** The webhook endpoint, to mount on the HTTP server in webhook mode. Answers 503 until started. */
    public HttpHandler webhook() {
        return new TelegramWebhook(settings.webhookSecret(), json, update -> {
            UpdateHandler h = handler;
            if (h == null || stopping.get()) throw new IllegalStateException("the Telegram adapter is not running");
            h.accept(update);
        });
    }

    @Override
    public void start() throws TelegramApiException {
        BotIdentity me = identity();
        registerMenu();
        InboundTranslator translator = new InboundTranslator(me, this::knownCommand);
        if (settings.mode() == TelegramSettings.Mode.POLLING) {
            // One instance polls at a time (Telegram allows one getUpdates per bot); the others send digests and
            // take over when it stops or dies.
            pollingLease = new LeaseKeeper(core.leases(), "telegram-polling:" + me.id(), core.instanceId(), core.clock(), pollingLeaseLength,
                    leaseTimer, new LeaseKeeper.Work() {
                        @Override
                        public void start() throws TelegramApiException {
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
        } else {
            handler = new UpdateHandler(translator, core.bot(), messenger, core.chats(), queues,
                    new ClaimedUpdates(UpdateLedger.NONE, core.events(), me.id(), core.clock()), core.clock());
            client.execute(SetWebhook.builder().url(settings.webhookUrl()).secretToken(settings.webhookSecret())
                    .allowedUpdates(ALLOWED_UPDATES).build());
            log.info("Telegram bot @{} receives updates at its webhook {}", me.username(), settings.webhookUrl());
        }
    }

    /** Starts long polling from the stored offset (another instance may have moved it since this one last polled). */
    private synchronized void startPolling(BotIdentity me, InboundTranslator translator) throws TelegramApiException {
        OffsetTracker tracker = new OffsetTracker(core.values(), "telegram.offset." + me.id());
        UpdateHandler updates = new UpdateHandler(translator, core.bot(), messenger, core.chats(), queues,
                new ClaimedUpdates(tracker, core.events(), me.id(), core.clock()), core.clock());
        if (polling == null) polling = new TelegramBotsLongPollingApplication(() -> json, () -> pollingHttp, () -> poller, CappedBackOff::new);
        int timeout = (int) settings.pollTimeout().toSeconds();
        // The session's own idea of the offset (the last update it saw) is ignored: ours moves only past handled updates.
        polling.registerBot(settings.token(), settings::telegramUrl, lastSeen -> GetUpdates.builder()
                .offset(tracker.nextOffset(POLL_PATIENCE)).limit(100).timeout(timeout).allowedUpdates(ALLOWED_UPDATES).build(),
                updates::consume);
        sessionRunning = true;
        offsets = tracker;
        handler = updates;
        log.info("Telegram bot @{} is polling for updates from offset {}", me.username(), tracker.handledUpTo() + 1);
    }

    /** The lease moved to another instance: stop polling, and leave the stored offset to that instance from now on. */
    private synchronized void stopPolling() {
        if (offsets != null) offsets.retire();
        offsets = null;
        endPollingSession();
    }

    private synchronized void endPollingSession() {
        if (!sessionRunning) return;
        sessionRunning = false;
        try {
            polling.unregisterBot(settings.token());
        } catch (TelegramApiException e) {
            log.warn("Telegram polling did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Whether this instance is the one polling Telegram (it holds the polling lease). */
    boolean polling() {
        return pollingLease != null && pollingLease.working();
    }

    private BotIdentity identity() throws TelegramApiException {
        User user;
        try {
            user = client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new TelegramApiRequestException("Telegram does not accept the bot token (" + e.getErrorCode()
                        + "); check NEWSBOT_TELEGRAM_TOKEN against the token BotFather gave you", e);
            }
            throw e;
        }
        return new BotIdentity(user.getId(), user.getUserName());
    }

    private void registerMenu() {
        try {
            client.execute(CommandMenu.of(core.router().commands()));
        } catch (TelegramApiException e) {
            // The menu is a convenience; commands work without it.
            log.warn("Could not register the Telegram command menu: {}", e.getMessage());
        }
    }

    private boolean knownCommand(String name) {
        for (Command c : core.router().commands()) if (c.name().equals(name.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    @Override
    public void close() {
        if (!stopping.compareAndSet(false, true)) return;
        // Stop asking for updates, finish the answers under way (they store the offset), and only then give the lease
        // up, so the instance taking over starts after them.
        endPollingSession();
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("Telegram polling did not stop cleanly", e);
            }
        }
        pollSockets.stop();
        poller.shutdownNow();
        await(poller, "polling");
        if (!queues.drain(DRAIN)) log.warn("Some Telegram answers were still running {} s into the shutdown", DRAIN.toSeconds());
        workers.shutdown();
        await(workers, "answering");
        if (pollingLease != null) pollingLease.close();
        leaseTimer.shutdownNow();
        for (OkHttpClient http : List.of(sendingHttp, pollingHttp)) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static void await(ExecutorService executor, String what) {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) log.warn("Telegram {} threads did not stop in time", what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
