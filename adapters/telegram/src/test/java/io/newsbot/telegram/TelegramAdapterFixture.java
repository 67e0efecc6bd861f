package io.newsbot.telegram;

import io.newsbot.platform.AdapterResources;
import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.ClassCore;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the adapter tests against the fake Bot API set up alike: a fake of its own per test (update ids start again at
 * 1 in each fake, and the store remembers which it handled), an adapter on the test's clock and timer, so retries and
 * backoff waits happen when the test moves the clock, never by waiting. A subclass supplies its core.
 */
abstract class TelegramAdapterFixture {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String BOT = "newsbot_test_bot";
    /** Bot, user and chat ids, unique across the test classes. */
    static final AtomicLong ids = new AtomicLong(7_000_000_000L);

    private final ClassCore core;
    final MutableClock clock;
    final ExecutorService immediate = Executors.newCachedThreadPool();
    FakeBotApi fake;
    TelegramAdapter adapter;
    ManualScheduler timer;

    /** @param core the test class's core, which the adapters talk to */
    TelegramAdapterFixture(ClassCore core) {
        this(core, new MutableClock(Instant.now()));
    }

    /** For a test whose core runs on the same clock as the adapter. */
    TelegramAdapterFixture(ClassCore core, MutableClock clock) {
        this.core = core;
        this.clock = clock;
    }

    @BeforeEach
    void startFakeBotApi() throws Exception {
        fake = new FakeBotApi(ids.incrementAndGet(), BOT, ids.incrementAndGet() + ":AAE-test_token");
    }

    @AfterEach
    void stopAdapterAndFake() {
        if (adapter != null) adapter.close();
        fake.close();
        immediate.shutdownNow();
    }

    /** A new adapter on the core, not started yet; one made before is closed first, as in a restart of the process. */
    TelegramAdapter newAdapter(TelegramSettings settings) {
        if (adapter != null) adapter.close();
        timer = ManualScheduler.on(clock, immediate);
        adapter = TelegramAdapter.create(settings, core.get(),
                new AdapterResources(clock, Executors.newFixedThreadPool(4), Executors.newFixedThreadPool(2), timer));
        return adapter;
    }

    TelegramAdapter startPolling() {
        return startPolling(TelegramSettings.polling(fake.token(), fake.uri()));
    }

    TelegramAdapter startPolling(TelegramSettings settings) {
        newAdapter(settings).start();
        return adapter;
    }

    /** Waits for the adapter to ask for a wait that matches, then moves the clock past it. */
    Duration sitOut(Predicate<Duration> wait) throws InterruptedException {
        Duration d = timer.awaitDelay(wait, WAIT);
        clock.advance(d);
        timer.runDue();
        return d;
    }

    /** Waits until the adapter asks for a wait of at least {@code min}, then moves the clock past it. */
    Duration sitOut(Duration min) throws InterruptedException {
        return sitOut(w -> w.compareTo(min) >= 0);
    }

    static User user() {
        long id = ids.incrementAndGet();
        return new User(id, "User" + id, "user" + id);
    }

    static Chat group() {
        return Chat.group(-1_000_000_000_000L - ids.incrementAndGet(), "Newsroom");
    }
}
