package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsbot.NewsbotCore;
import io.newsbot.StoreSettings;
import io.newsbot.platform.AdapterResources;
import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.TestDatabase;
import io.newsbot.testing.TestSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two newsbot instances on one PostgreSQL, one Telegram bot (the fake Bot API ends a waiting getUpdates with 409 when
 * another arrives, as Telegram does): one instance polls, the other takes over when it stops, and no update is
 * answered twice or lost; in webhook mode an update delivered to both is answered once. Skipped unless
 * NEWSBOT_TEST_PG_URL is set (.ci/run sets it).
 */
class TwoInstancesOnOneStoreTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration LEASE = Duration.ofMillis(1500);
    static final AtomicLong ids = new AtomicLong(8_000_000_000L);
    @TempDir
    static Path dirs;
    static String schema;
    static NewsbotCore coreA;
    static NewsbotCore coreB;
    FakeBotApi fake;
    final List<TelegramAdapter> adapters = new ArrayList<>();

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        TestDatabase.postgresUrl();
        schema = TestDatabase.uniqueName();
        StoreSettings store = StoreSettings.postgres(TestDatabase.newSchemaUrl(schema), "", "");
        coreA = NewsbotCore.open(TestSettings.with(dirs.resolve("a"), Set.of(), TestSettings.localFetch()), store, Clock.systemUTC());
        coreB = NewsbotCore.open(TestSettings.with(dirs.resolve("b"), Set.of(), TestSettings.localFetch()), store, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        if (coreA != null) coreA.close();
        if (coreB != null) coreB.close();
        if (schema != null) TestDatabase.dropSchema(schema);
    }

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeBotApi(ids.incrementAndGet(), "newsbot_pair_bot", ids.incrementAndGet() + ":AAE-pair_token");
    }

    @AfterEach
    void stop() {
        adapters.forEach(TelegramAdapter::close);
        fake.close();
    }

    private TelegramAdapter adapter(TelegramSettings settings, NewsbotCore core) {
        TelegramAdapter adapter = TelegramAdapter.create(settings, core, new AdapterResources(Clock.systemUTC(), Executors.newFixedThreadPool(2),
                Executors.newFixedThreadPool(2), Executors.newScheduledThreadPool(2)), LEASE);
        adapters.add(adapter);
        return adapter;
    }

    @Test
    void one_instance_polls_and_the_other_takes_over_when_it_stops_without_repeating_or_losing_an_update() throws Exception {
        TelegramAdapter a = adapter(TelegramSettings.polling(fake.token(), fake.uri()), coreA);
        TelegramAdapter b = adapter(TelegramSettings.polling(fake.token(), fake.uri()), coreB);
        a.start();
        b.start();
        assertThat(a.polling()).isTrue();
        assertThat(b.polling()).isFalse();

        User una = new User(ids.incrementAndGet(), "Una", "una");
        Chat chat = Chat.privateWith(una);
        fake.userSends(chat, una, "/sources");
        fake.userSends(chat, una, "What did Lavrov say?");
        assertThat(fake.awaitSent(chat.id(), 2, WAIT)).hasSize(2);
        Thread.sleep(LEASE.multipliedBy(2).toMillis()); // several renewals: the lease stays where it is
        assertThat(a.polling()).isTrue();
        assertThat(b.polling()).isFalse();
        assertThat(fake.pollConflicts()).as("never two getUpdates at once").isZero();

        a.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!b.polling() && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(b.polling()).as("the second instance took over").isTrue();

        fake.userSends(chat, una, "/latest 1");
        var sent = fake.awaitSent(chat.id(), 3, WAIT);
        assertThat(sent.get(2).text()).contains("newest");
        Thread.sleep(LEASE.toMillis());
        assertThat(fake.sent(chat.id())).as("nothing answered twice").hasSize(3);
    }

    @Test
    void an_update_delivered_to_both_instances_webhooks_is_answered_once() throws Exception {
        String secret = "pair-Secret_1";
        TelegramSettings settings = TelegramSettings.webhook(fake.token(), fake.uri(), "https://bot.example.org/telegram", secret);
        List<HttpServer> servers = new ArrayList<>();
        List<URI> hooks = new ArrayList<>();
        try {
            for (NewsbotCore core : List.of(coreA, coreB)) {
                TelegramAdapter adapter = adapter(settings, core);
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
                server.createContext("/telegram", adapter.webhook());
                server.start();
                servers.add(server);
                hooks.add(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram"));
                adapter.start();
            }
            User vic = new User(ids.incrementAndGet(), "Vic", "vic");
            Chat chat = Chat.privateWith(vic);
            fake.userSends(chat, vic, "/sources");
            String update = fake.pushUpdates().get(0);

            // Telegram redelivers a call it saw fail; behind a load balancer the retry can land on the other instance.
            assertThat(TelegramAdapterTest.post(hooks.get(0), update, secret)).isEqualTo(200);
            assertThat(TelegramAdapterTest.post(hooks.get(1), update, secret)).isEqualTo(200);

            assertThat(fake.awaitSent(chat.id(), 1, WAIT)).hasSize(1);
            Thread.sleep(1000);
            assertThat(fake.sent(chat.id())).hasSize(1);
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }
}
