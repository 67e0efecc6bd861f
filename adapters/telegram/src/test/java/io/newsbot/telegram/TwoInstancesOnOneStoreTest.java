package io.newsbot.telegram;

import io.newsbot.testing.TestCore;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.platform.AdapterResources;
import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.Eventually;
import io.newsbot.testing.TestDatabase;
import io.newsbot.testing.TestSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    static String schemaUrl;
    static NewsbotCore coreA;
    static NewsbotCore coreB;
    FakeBotApi fake;
    final List<TelegramAdapter> adapters = new ArrayList<>();

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        TestDatabase.postgresUrl();
        schema = TestDatabase.uniqueName();
        schemaUrl = TestDatabase.newSchemaUrl(schema);
        StoreSettings store = StoreSettings.postgres(schemaUrl, "", "");
        coreA = TestCore.open(TestSettings.with(dirs.resolve("a"), Set.of(), TestSettings.localFetch()), store, Clock.systemUTC());
        coreB = TestCore.open(TestSettings.with(dirs.resolve("b"), Set.of(), TestSettings.localFetch()), store, Clock.systemUTC());
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
        // Two renewals by the holder, seen in the store (a renewal moves the expiry on by at least a period each time),
        // while the other instance keeps trying for the lease every period too: the lease stays where it is.
        String lease = "telegram-polling:" + fake.bot().id();
        Instant expiry = leaseExpiry(lease).orElseThrow();
        Duration period = LEASE.dividedBy(3);
        Eventually.until(() -> leaseExpiry(lease).filter(e -> !e.isBefore(expiry.plus(period.multipliedBy(2)))).isPresent(), WAIT,
                "two renewals of the polling lease");
        assertThat(leaseHolder(lease)).as("renewed by the instance holding it").contains(coreA.instanceId());
        assertThat(a.polling()).isTrue();
        assertThat(b.polling()).isFalse();
        assertThat(fake.pollConflicts()).as("never two getUpdates at once").isZero();

        a.close();
        Eventually.until(b::polling, WAIT, "the second instance to take over");

        fake.userSends(chat, una, "/latest 1");
        var sent = fake.awaitSent(chat.id(), 3, WAIT);
        assertThat(sent.get(2).text()).contains("newest");
        // One more message, answered in turn: an update answered twice would have been answered before it.
        fake.userSends(chat, una, "/sources");
        sent = fake.awaitSent(chat.id(), 4, WAIT);
        assertThat(sent).as("nothing answered twice").extracting(FakeBotApi.Sent::text)
                .containsExactly(sent.get(0).text(), sent.get(1).text(), sent.get(2).text(), sent.get(0).text());
    }

    private static Optional<Instant> leaseExpiry(String name) {
        return column("select expires_at from leases where name = ?", name).map(v -> ((Timestamp) v).toInstant());
    }

    private static Optional<String> leaseHolder(String name) {
        return column("select holder from leases where name = ?", name).map(String.class::cast);
    }

    private static Optional<Object> column(String sql, String name) {
        try (Connection c = DriverManager.getConnection(schemaUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lease " + name + ": " + e.getMessage(), e);
        }
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
            // One more update, answered in turn: a second answer to the first would have gone out before it (one chat's
            // messages leave the outbox in the order they were written).
            fake.userSends(chat, vic, "/latest 1");
            assertThat(TelegramAdapterTest.post(hooks.get(1), fake.pushUpdates().get(0), secret)).isEqualTo(200);
            var sent = fake.awaitSent(chat.id(), 2, WAIT);
            assertThat(sent.get(1).text()).as("the first update answered once").contains("newest");
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }
}
