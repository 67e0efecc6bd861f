package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.outbox.Courier;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.DigestLedger.Status;
import io.newsbot.store.Subscription;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcChatStore;
import io.newsbot.store.jdbc.JdbcDigestLedger;
import io.newsbot.store.jdbc.JdbcOutbox;
import io.newsbot.store.jdbc.JdbcSubscriptionStore;
import io.newsbot.testing.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DigestSchedulerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ChatRef TEAM = new ChatRef("telegram", "-100200", ChatType.GROUP);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final Database db = Database.inMemory("scheduler-" + UUID.randomUUID());
    private final JdbcArticleStore articles = new JdbcArticleStore(db);
    private final JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(db);
    private final JdbcDigestLedger ledger = new JdbcDigestLedger(db);
    private final JdbcChatStore chats = new JdbcChatStore(db);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
    private final RecordingMessenger telegram = new RecordingMessenger("telegram");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    /** The outbox sender's timer: retries fall due when the test moves the clock. */
    private final ManualScheduler timer = ManualScheduler.onCallingThread(clock);
    private final BlockingQueue<Status> settled = new LinkedBlockingQueue<>();
    private EmptyDay emptyDay = EmptyDay.MESSAGE;
    private Duration pollEvery = Duration.ofSeconds(30);

    @AfterEach
    void close() {
        executor.shutdownNow();
        db.close();
    }

    private DigestScheduler scheduler(String instance) {
        DigestComposer composer = Composers.of(db, 15);
        DigestScheduler.Options options = new DigestScheduler.Options(instance, emptyDay, pollEvery, Lookback.DEFAULT,
                Duration.ofHours(2));
        // Each instance gets its own store objects and sender on the one database, as two bot processes sharing a store would.
        OutboxSender sender = new OutboxSender(new JdbcOutbox(db), courier(), clock, timer, Runnable::run,
                new OutboxSender.Options(instance, Duration.ofSeconds(30), Duration.ofMinutes(2), new Backoff(Duration.ofSeconds(1), Duration.ofHours(1)), 20));
        DigestScheduler scheduler = new DigestScheduler(new JdbcSubscriptionStore(db), new JdbcDigestLedger(db), new JdbcChatStore(db), composer,
                new JdbcOutbox(db), db, platform -> platform.equals("telegram") ? Optional.of(sender) : Optional.empty(), executor, clock, options);
        scheduler.setListener((chat, date, status) -> settled.add(status));
        return scheduler;
    }

    /** Delivers through the recording messenger, one part per digest. */
    private Courier courier() {
        return new Courier() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public void deliver(OutboxMessage message, Accepted accepted) {
                telegram.send(message.outgoing().chat(), message.outgoing().threadId(), message.outgoing().reply());
                accepted.parts(1, 1);
            }
        };
    }

    /** Moves the clock from retry to retry until the outbox has nothing left to try. */
    private void runRetries() {
        while (timer.nextDue().isPresent()) {
            clock.set(timer.nextDue().get());
            timer.runDue();
        }
    }

    private void subscribe(ChatRef chat, String time, ZoneId zone, List<String> topics, Instant at) {
        chats.seen(chat, at);
        subscriptions.put(new Subscription(chat, LocalTime.parse(time), zone, topics, "telegram:42", at));
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    @Test
    void sends_one_digest_at_the_chats_local_time() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-22T12:00:00Z"));
        ledger.skip(TEAM, MONDAY.minusDays(1), "earlier", Instant.parse("2026-11-22T12:00:00Z"), "test", null);
        Articles.put(articles, "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS, Instant.parse("2026-11-23T05:30:00Z"));
        DigestScheduler scheduler = scheduler("a");

        at("2026-11-23T06:29:00Z"); // 07:29 in Berlin
        scheduler.poll();
        assertThat(telegram.sent()).isEmpty();

        at("2026-11-23T06:30:00Z");
        scheduler.poll();
        at("2026-11-23T06:30:30Z");
        scheduler.poll();

        assertThat(telegram.sent()).hasSize(1);
        Reply digest = telegram.sent().get(0).reply();
        assertThat(digest.kind()).isEqualTo(Reply.Kind.DIGEST);
        assertThat(digest.intro()).startsWith("Daily digest, Monday 23 November 2026");
        assertThat(digest.citations()).extracting(Reply.Citation::title).containsExactly("Russia and Turkey agree on Syria talks");
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(Status.SENT);
            assertThat(d.articles()).isEqualTo(1);
            assertThat(d.coveredUntil()).isEqualTo("2026-11-23T06:30:00Z");
        });
    }

    @Test
    void a_restarted_bot_does_not_send_the_days_digest_again() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        at("2026-11-23T06:31:00Z");
        scheduler("before-restart").poll();

        at("2026-11-23T06:32:00Z");
        scheduler("after-restart").poll();
        at("2026-11-23T22:59:00Z");
        scheduler("after-restart").poll();

        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void a_crash_right_after_sending_does_not_send_twice_and_shows_as_failed_later() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        // The instance that crashed claimed the day and may have sent it, but never recorded the outcome.
        ledger.claim(TEAM, MONDAY, "crashed", Instant.parse("2026-11-23T06:30:00Z"));

        at("2026-11-23T06:40:00Z");
        scheduler("restarted").poll();
        at("2026-11-23T09:00:00Z");
        scheduler("restarted").poll();

        assertThat(telegram.sent()).isEmpty();
        assertThat(ledger.failuresSince(Instant.parse("2026-11-23T00:00:00Z")))
                .singleElement().satisfies(d -> assertThat(d.detail()).contains("interrupted"));
    }

    @Test
    void two_instances_on_one_store_send_each_digest_once() throws Exception {
        List<ChatRef> teams = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ChatRef chat = new ChatRef("telegram", "-100" + i, ChatType.GROUP);
            teams.add(chat);
            subscribe(chat, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        }
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, Instant.parse("2026-11-23T05:30:00Z"));
        DigestScheduler first = scheduler("instance-1");
        DigestScheduler second = scheduler("instance-2");
        at("2026-11-23T06:31:00Z");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = both.submit(() -> await(go, first::poll));
            Future<?> b = both.submit(() -> await(go, second::poll));
            go.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            both.shutdownNow();
        }

        assertThat(telegram.sent()).hasSize(12);
        for (ChatRef chat : teams) assertThat(telegram.sentTo(chat)).as(chat.id()).hasSize(1);
    }

    @Test
    void a_digest_missed_while_down_is_sent_on_start_the_same_day_and_skipped_from_an_earlier_day() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-21T12:00:00Z"));
        Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, Instant.parse("2026-11-22T20:00:00Z"));

        at("2026-11-23T13:00:00Z"); // down since Saturday; it is 14:00 on Monday in Berlin
        DigestScheduler started = scheduler("started");
        started.poll();
        started.poll();

        assertThat(telegram.sent()).hasSize(1);
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(Status.SENT));
        assertThat(ledger.find(TEAM, MONDAY.minusDays(1))).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(Status.SKIPPED);
            assertThat(d.detail()).contains("missed");
        });
    }

    @Test
    void starting_checks_at_once_and_sends_what_is_due() throws Exception {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        at("2026-11-23T08:00:00Z");
        pollEvery = Duration.ofMillis(50);

        try (DigestScheduler scheduler = scheduler("a")) {
            scheduler.start();

            assertThat(settled.poll(30, TimeUnit.SECONDS)).isEqualTo(Status.SENT);
        }
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void a_digest_due_before_midnight_is_skipped_when_the_bot_starts_the_next_day() {
        subscribe(TEAM, "23:00", BERLIN, List.of(), Instant.parse("2026-11-20T12:00:00Z"));

        at("2026-11-23T23:30:00Z"); // 00:30 on Tuesday in Berlin; Monday's 23:00 passed while down
        scheduler("started").poll();

        assertThat(telegram.sent()).isEmpty();
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(Status.SKIPPED));
        assertThat(ledger.find(TEAM, MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void a_subscription_made_after_todays_time_starts_tomorrow() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T09:00:00Z"));

        at("2026-11-23T09:01:00Z");
        scheduler("a").poll();
        assertThat(telegram.sent()).isEmpty();

        at("2026-11-24T06:30:00Z");
        scheduler("a").poll();
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void each_digest_starts_where_the_last_one_ended() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-22T12:00:00Z"));
        Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, Instant.parse("2026-11-23T05:00:00Z"));
        DigestScheduler scheduler = scheduler("a");
        at("2026-11-23T06:30:00Z");
        scheduler.poll();
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, Instant.parse("2026-11-23T12:00:00Z"));

        at("2026-11-24T06:30:00Z");
        scheduler.poll();

        assertThat(telegram.sent()).hasSize(2);
        assertThat(telegram.sent().get(1).reply().citations()).extracting(Reply.Citation::title).containsExactly("Arsenal beat Chelsea");
    }

    @Test
    void an_empty_day_gets_a_nothing_new_message_or_nothing_as_configured() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        at("2026-11-23T06:30:00Z");
        scheduler("a").poll();
        assertThat(telegram.sent()).singleElement().satisfies(s -> assertThat(s.reply().plainText()).contains("Nothing new"));

        emptyDay = EmptyDay.SKIP;
        at("2026-11-24T06:30:00Z");
        scheduler("a").poll();

        assertThat(telegram.sent()).hasSize(1);
        assertThat(ledger.find(TEAM, MONDAY.plusDays(1))).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(Status.SKIPPED);
            assertThat(d.detail()).isEqualTo("nothing new");
        });
    }

    @Test
    void a_topic_filter_keeps_other_articles_out() {
        subscribe(TEAM, "07:30", BERLIN, List.of("Syria"), Instant.parse("2026-11-23T05:00:00Z"));
        Articles.put(articles, "Arsenal beat Chelsea", Articles.FOOTBALL, Instant.parse("2026-11-23T05:10:00Z"));
        Articles.put(articles, "Aid reaches Idlib", Articles.SYRIA_AID, Instant.parse("2026-11-23T05:20:00Z"));

        at("2026-11-23T06:30:00Z");
        scheduler("a").poll();

        assertThat(telegram.sent()).singleElement().satisfies(s ->
                assertThat(s.reply().citations()).extracting(Reply.Citation::title).containsExactly("Aid reaches Idlib"));
    }

    @Test
    void a_chat_that_became_inactive_is_skipped() {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        chats.deactivate(TEAM);

        at("2026-11-23T06:30:00Z");
        scheduler("a").poll();

        assertThat(telegram.sent()).isEmpty();
        assertThat(ledger.find(TEAM, MONDAY)).isEmpty();
    }

    @Test
    void a_subscription_on_a_platform_that_is_not_running_waits() {
        ChatRef slack = new ChatRef("slack", "C1", ChatType.GROUP);
        subscribe(slack, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));

        at("2026-11-23T06:30:00Z");
        scheduler("a").poll();

        assertThat(ledger.find(slack, MONDAY)).isEmpty();
    }

    @Test
    void a_failed_send_is_retried_then_recorded() throws Exception {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        telegram.failNext(1);
        DigestScheduler scheduler = scheduler("a");

        at("2026-11-23T06:30:00Z");
        scheduler.poll();
        assertThat(telegram.sent()).isEmpty();
        runRetries();
        scheduler.poll();

        assertThat(settled.poll(30, TimeUnit.SECONDS)).isEqualTo(Status.SENT);
        assertThat(telegram.sent()).hasSize(1);
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> assertThat(d.attempts()).isEqualTo(2));
    }

    @Test
    void a_send_failing_every_retry_is_recorded_failed_for_admins() throws Exception {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        telegram.failNext(100);
        DigestScheduler scheduler = scheduler("a");

        at("2026-11-23T06:30:00Z");
        scheduler.poll();
        runRetries();
        scheduler.poll();

        assertThat(settled.poll(30, TimeUnit.SECONDS)).isEqualTo(Status.FAILED);
        assertThat(telegram.sent()).isEmpty();
        assertThat(clock.instant()).as("retried until the end of the day in Berlin").isBefore(Instant.parse("2026-11-23T23:00:00Z"));
        DigestLedger.Delivery failure = ledger.failuresSince(Instant.parse("2026-11-23T00:00:00Z")).get(0);
        assertThat(failure.attempts()).isGreaterThan(10);
        assertThat(failure.detail()).contains("deadline").contains("Bad Gateway");
        at("2026-11-23T23:30:00Z");
        scheduler.poll();
        assertThat(settled).isEmpty();
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> assertThat(d.coveredUntil()).as("its articles go into the next one").isNull());
    }

    @Test
    void a_chat_that_removed_the_bot_gets_no_retries() throws Exception {
        subscribe(TEAM, "07:30", BERLIN, List.of(), Instant.parse("2026-11-23T05:00:00Z"));
        telegram.chatGone();
        DigestScheduler scheduler = scheduler("a");

        at("2026-11-23T06:30:00Z");
        scheduler.poll();
        scheduler.poll();

        assertThat(settled.poll(30, TimeUnit.SECONDS)).isEqualTo(Status.FAILED);
        assertThat(timer.nextDue()).as("no retry").isEmpty();
        assertThat(ledger.find(TEAM, MONDAY)).hasValueSatisfying(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void a_time_skipped_by_daylight_saving_is_sent_once_that_day() {
        subscribe(TEAM, "02:30", BERLIN, List.of(), Instant.parse("2026-03-27T12:00:00Z"));
        DigestScheduler scheduler = scheduler("a");
        LocalDate springForward = LocalDate.of(2026, 3, 29);

        at("2026-03-29T00:59:00Z"); // 01:59 CET; at 02:00 clocks jump to 03:00 CEST
        scheduler.poll();
        assertThat(ledger.find(TEAM, springForward)).isEmpty();
        for (String t : List.of("2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T01:31:00Z", "2026-03-29T21:00:00Z")) {
            at(t);
            scheduler.poll();
        }

        assertThat(ledger.find(TEAM, springForward)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(Status.SENT);
            assertThat(d.claimedAt()).isEqualTo("2026-03-29T01:30:00Z"); // 03:30 CEST
        });
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void a_time_repeated_by_daylight_saving_is_sent_once_that_day() {
        ZoneId newYork = ZoneId.of("America/New_York");
        subscribe(TEAM, "01:30", newYork, List.of(), Instant.parse("2026-10-30T12:00:00Z"));
        DigestScheduler scheduler = scheduler("a");

        for (String t : List.of("2026-11-01T05:30:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z", "2026-11-01T07:00:00Z")) {
            at(t); // 01:30 EDT, 01:00 EST, 01:30 EST (the second 01:30), 02:00 EST
            scheduler.poll();
        }

        assertThat(telegram.sent()).hasSize(1);
        assertThat(ledger.find(TEAM, LocalDate.of(2026, 11, 1)))
                .hasValueSatisfying(d -> assertThat(d.claimedAt()).isEqualTo("2026-11-01T05:30:00Z"));
    }

    private static void await(CountDownLatch go, Runnable then) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        then.run();
    }
}
