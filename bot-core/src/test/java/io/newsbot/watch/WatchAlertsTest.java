package io.newsbot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.outbox.MessengerCourier;
import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.quote.AttributionExtractor;
import io.newsbot.store.ChatStore;
import io.newsbot.store.Settings;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcChatStore;
import io.newsbot.store.jdbc.JdbcOutbox;
import io.newsbot.store.jdbc.JdbcSettings;
import io.newsbot.store.jdbc.JdbcSubscriptionStore;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestDatabase;
import io.newsbot.watch.jdbc.JdbcAlertQueue;
import io.newsbot.watch.jdbc.JdbcWatchStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Matching new articles and delivering alerts through the outbox, on a real store, with a driven clock, the outbox
 * sender's timer run by the test and a recording messenger.
 */
class WatchAlertsTest {
    private static final ChatRef CHAT = new ChatRef("telegram", "42", ChatType.PRIVATE);
    /** 12:00 UTC: outside the default quiet hours in UTC. */
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();
    private final MutableClock clock = new MutableClock(NOON);
    private final Recorder telegram = new Recorder("telegram");
    /** The outbox senders' timer: retries fall due when the test moves the clock. */
    private final ManualScheduler timer = ManualScheduler.onCallingThread(clock);
    private ArticleStore articles;
    private WatchStore watches;
    private AlertQueue queue;
    private ChatStore chats;
    private SubscriptionStore subscriptions;
    private Settings values;

    @BeforeEach
    void open() {
        Database d = db.get();
        articles = new JdbcArticleStore(d);
        watches = new JdbcWatchStore(d);
        queue = new JdbcAlertQueue(d);
        chats = new JdbcChatStore(d);
        subscriptions = new JdbcSubscriptionStore(d);
        values = new JdbcSettings(d);
        chats.seen(CHAT, NOON);
    }

    private WatchAlerts instance(String name, WatchSettings settings) {
        return instance(name, settings, new JdbcOutbox(db.get()), true);
    }

    /**
     * One bot process on the shared store: its own store objects, alert sender and outbox sender (woken, not polling).
     *
     * @param delivering false for a process that stops after queueing, before its outbox sender runs
     */
    private WatchAlerts instance(String name, WatchSettings settings, Outbox outbox, boolean delivering) {
        Database d = db.get();
        ChatAlertRules rules = new ChatAlertRules(subscriptions, values, ZoneId.of("UTC"), settings);
        WatchMatcher matcher = new WatchMatcher(Statements.extractedBy(new AttributionExtractor(new SentenceSplitter())), new HashEmbedder(), 0.9);
        OutboxSender sender = new OutboxSender(new JdbcOutbox(d), new MessengerCourier(telegram), clock, timer, Runnable::run,
                new OutboxSender.Options(name, Duration.ofSeconds(30), Duration.ofMinutes(2), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10)), 20));
        RunningPlatforms platforms = RunningPlatforms.of(p -> p.equals("telegram") && delivering ? Optional.of(sender) : Optional.empty());
        RunningPlatforms queueOnly = new RunningPlatforms() {
            @Override
            public boolean running(String platform) {
                return true;
            }

            @Override
            public void wake(String platform) {
            }
        };
        return new WatchAlerts(new WatchScanner(articles, watches, new JdbcAlertQueue(d), matcher, ArticleGroups.BY_ARTICLE, values, clock),
                new AlertSender(new JdbcAlertQueue(d), watches, articles, chats, rules, outbox, d, delivering ? platforms : queueOnly, clock, name),
                settings);
    }

    /** Starts a new process's outbox sender, which sends at once what earlier processes left in the outbox. */
    private void restartSender(String name) {
        OutboxSender sender = new OutboxSender(new JdbcOutbox(db.get()), new MessengerCourier(telegram), clock, timer, Runnable::run,
                new OutboxSender.Options(name, Duration.ofSeconds(30), Duration.ofMinutes(2), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10)), 20));
        sender.start();
        sender.close();
    }

    /** Moves the clock from retry to retry until the outbox has nothing left to try. */
    private void runRetries() {
        while (timer.nextDue().isPresent()) {
            Instant due = timer.nextDue().get();
            if (due.isAfter(clock.instant())) clock.advance(Duration.between(clock.instant(), due));
            timer.runDue();
        }
    }

    private WatchAlerts instance() {
        return instance("one", WatchSettings.DEFAULT);
    }

    @Test
    void a_new_statement_by_a_watched_person_reaches_the_chat_as_one_short_alert_with_its_citation() {
        WatchAlerts alerts = instance();
        watch(Watch.Kind.PERSON, "Lavrov");
        alerts.poll();
        clock.advance(Duration.ofSeconds(5));
        Article a = store("Moscow answers sanctions", "\"We will respond to these sanctions,\" Sergei Lavrov said on Monday in Moscow, "
                + "speaking to reporters after talks with his Turkish counterpart on trade and security.");

        alerts.poll();

        assertThat(telegram.sent()).singleElement().satisfies(s -> {
            assertThat(s.chat()).isEqualTo(CHAT);
            assertThat(s.reply().kind()).isEqualTo(Reply.Kind.ALERT);
            assertThat(s.reply().plainText()).isEqualTo("""
                    Watch: Lavrov
                    Sergei Lavrov said: “We will respond to these sanctions,” — Example News [1]

                    Sources:
                    [1] Moscow answers sanctions — Example News, 2026-11-23 — %s""".formatted(a.url()));
        });
    }

    @Test
    void an_article_matched_twice_or_by_a_second_instance_alerts_once() {
        WatchAlerts one = instance();
        WatchAlerts two = instance("two", WatchSettings.DEFAULT);
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");

        one.poll();
        two.poll();
        one.scanner().offer(articles.latest(1).get(0), watches.all(), clock.instant());
        one.poll();

        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void alerts_are_held_in_quiet_hours_of_the_chats_zone_and_sent_after_them() {
        // 12:00 UTC is 23:00 in Sydney (UTC+11 in November): quiet there.
        subscriptions.put(new Subscription(CHAT, LocalTime.of(8, 0), ZoneId.of("Australia/Sydney"), List.of(), "telegram:42", NOON));
        WatchAlerts alerts = instance();
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");

        alerts.poll();
        assertThat(telegram.sent()).isEmpty();
        assertThat(queue.queued(10)).hasSize(1);

        clock.advance(Duration.ofHours(8)); // 07:00 in Sydney
        alerts.poll();
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void a_chat_gets_at_most_its_hourly_cap_and_the_rest_wait_for_the_next_hour() {
        values.put("watch.cap." + CHAT.key(), "2");
        WatchAlerts alerts = instance();
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            store("Talks on Idlib, part " + i, "Russia and Turkey agreed on a ceasefire in Idlib on day " + i + ", officials said after the meeting.");
        }

        alerts.poll();
        assertThat(telegram.sent()).hasSize(2);
        clock.advance(Duration.ofMinutes(59));
        alerts.poll();
        assertThat(telegram.sent()).hasSize(2);

        clock.advance(Duration.ofMinutes(2));
        alerts.poll();
        assertThat(telegram.sent()).hasSize(3);
    }

    @Test
    void a_failed_delivery_is_retried_by_the_outbox_and_an_article_older_than_the_watch_never_alerts() {
        store("Earlier talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib last week, officials in Ankara said after it.");
        clock.advance(Duration.ofSeconds(1));
        WatchAlerts alerts = instance();
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");
        telegram.failNext(1);

        alerts.poll();
        assertThat(telegram.sent()).isEmpty();
        runRetries();

        assertThat(telegram.sent()).singleElement().satisfies(s -> assertThat(s.reply().plainText()).contains("Talks on Idlib: Russia and Turkey"));
        assertThat(queue.queued(10)).isEmpty();
        assertThat(queue.forChat(CHAT, 5)).extracting(Alert::status).containsExactly(Alert.Status.HANDED_OVER);
    }

    @Test
    void an_alert_queued_by_an_instance_that_stopped_before_delivering_it_is_delivered_once_by_the_next() {
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");
        assertThat(instance("one", WatchSettings.DEFAULT, new JdbcOutbox(db.get()), false).poll()).isEqualTo(1);
        assertThat(telegram.sent()).isEmpty();

        instance("two", WatchSettings.DEFAULT).poll();
        restartSender("two");
        instance("three", WatchSettings.DEFAULT).poll();
        restartSender("three");

        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void an_instance_that_fails_while_handing_an_alert_over_leaves_it_queued_for_the_next() {
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");
        AtomicBoolean failed = new AtomicBoolean();
        WatchAlerts crashing = instance("one", WatchSettings.DEFAULT, new FailingOutbox(new JdbcOutbox(db.get()), failed), true);

        try {
            crashing.poll();
        } catch (IllegalStateException e) {
            // the store failed after the alert was marked handed over, before its message was queued
        }
        assertThat(failed).isTrue();
        assertThat(queue.queued(10)).hasSize(1);
        instance("two", WatchSettings.DEFAULT).poll();

        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void a_restarted_instance_does_not_alert_again_what_was_sent() {
        watch(Watch.Kind.TOPIC, "ceasefire Idlib");
        clock.advance(Duration.ofSeconds(1));
        store("Talks on Idlib", "Russia and Turkey agreed on a ceasefire in Idlib on Monday, officials in Ankara said after the meeting.");
        instance().poll();

        instance().poll();

        assertThat(telegram.sent()).hasSize(1);
    }

    private void watch(Watch.Kind kind, String subject) {
        watches.add(new Watch(0, CHAT, kind, subject, "telegram:42", clock.instant()));
    }

    private Article store(String title, String body) {
        Instant now = clock.instant();
        Article a = new Article(0, "https://news.example/" + Integer.toHexString((title + body).hashCode()), "https://news.example/"
                + Integer.toHexString(title.hashCode()), title, "Example News", now, now, "en", Integer.toHexString((title + body).hashCode()), body);
        return articles.put(a, null, r -> { }).article();
    }
}
