package io.newsbot.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.article.ArticleDraft;
import io.newsbot.digest.DigestScheduler;
import io.newsbot.digest.EmptyDay;
import io.newsbot.ingest.Ingestor;
import io.newsbot.outbox.MessengerCourier;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.ChatRef;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDatabase;
import io.newsbot.testing.TestSettings;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.article.Source;
import io.newsbot.ingest.FeedPoller;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two newsbot instances on one PostgreSQL database, as behind a load balancer: they start together, share
 * articles and the search index, answer a redelivered event once, send a due digest once, and read a due feed once. Skipped unless
 * NEWSBOT_TEST_PG_URL is set (.ci/run sets it).
 */
class TwoInstancesOnPostgresTest {
    private static final Clock CLOCK = Clock.fixed(TestCore.NOW, ZoneOffset.UTC);
    @TempDir
    static Path dirs;
    static String schema;
    static NewsbotCore a;
    static NewsbotCore b;
    static ExecutorService pool;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        TestDatabase.postgresUrl();
        schema = TestDatabase.uniqueName();
        StoreSettings store = StoreSettings.postgres(TestDatabase.newSchemaUrl(schema), "", "");
        pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        Future<NewsbotCore> first = pool.submit(open(store, dirs.resolve("a"), go));
        Future<NewsbotCore> second = pool.submit(open(store, dirs.resolve("b"), go));
        go.countDown();
        a = first.get(180, TimeUnit.SECONDS);
        b = second.get(180, TimeUnit.SECONDS);
    }

    private static Callable<NewsbotCore> open(StoreSettings store, Path dataDir, CountDownLatch go) {
        return () -> {
            go.await();
            return TestCore.open(TestSettings.with(dataDir, java.util.Set.of(), TestSettings.localFetch()), store, CLOCK);
        };
    }

    @AfterAll
    static void stop() {
        if (pool != null) pool.shutdownNow();
        if (a != null) a.close();
        if (b != null) b.close();
        if (schema != null) TestDatabase.dropSchema(schema);
    }

    @Test
    void seed_the_demo_articles_once_and_index_them_once() {
        assertThat(a.articles().count()).isEqualTo(2);
        assertThat(b.articles().count()).isEqualTo(2);
        assertThat(a.index().articleIds()).containsExactlyInAnyOrderElementsOf(a.articles().allIds());
        assertThat(b.index().chunkCount()).isEqualTo(a.index().chunkCount()).isPositive();
    }

    @Test
    void answer_from_the_shared_index_on_either_instance() {
        for (NewsbotCore core : List.of(a, b)) {
            Reply reply = TestCore.ask(core, "What was said about Syria?");
            assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
            assertThat(reply.plainText()).contains("They can help us with Syria");
        }
    }

    @Test
    void one_instance_answers_about_what_the_other_ingested() {
        var draft = new ArticleDraft("test:zeppelin", "https://example.com/zeppelin", "Zeppelin returns to Friedrichshafen", "Example News",
                Instant.parse("2026-11-22T09:00:00Z"), "The airship company said its new zeppelin would fly tourists over Lake Constance. "
                        + "\"It is quiet and slow,\" said Hanna Keller, the pilot.");
        a.ingestor().ingestDrafts(List.of(draft), null, Ingestor.Progress.NONE);
        Reply reply = TestCore.ask(b, "What did Hanna Keller say about the zeppelin?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("quiet and slow");
    }

    @Test
    void answer_an_event_delivered_to_both_instances_once() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Reply>>> replies = new ArrayList<>();
        for (NewsbotCore core : List.of(a, b)) {
            replies.add(pool.submit(() -> {
                go.await();
                // What an adapter does with a platform event: claim its id in the shared ledger, then handle it.
                if (!core.events().claim("slack:Ev0123TWO", TestCore.NOW)) return Optional.empty();
                return core.bot().handle(TestCore.from("slack", "U1", "C1", ChatType.GROUP, "What did Lavrov say?"));
            }));
        }
        go.countDown();
        int answered = 0;
        for (Future<Optional<Reply>> f : replies) if (f.get(60, TimeUnit.SECONDS).isPresent()) answered++;
        assertThat(answered).isEqualTo(1);
    }

    @Test
    void send_a_due_digest_once() throws Exception {
        ChatRef team = new ChatRef("telegram", "-100777", ChatType.GROUP);
        a.subscriptions().put(new Subscription(team, LocalTime.of(9, 0), ZoneOffset.UTC, List.of(), "telegram:1", TestCore.NOW.minusSeconds(7200)));
        Clock later = Clock.fixed(TestCore.NOW.plusSeconds(60), ZoneOffset.UTC);
        AtomicInteger sends = new AtomicInteger();
        List<DigestScheduler> schedulers = new ArrayList<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> polls = new ArrayList<>();
        try {
            for (NewsbotCore core : List.of(a, b)) {
                // Each instance has its own connection to the platform, as two processes would.
                Messenger telegram = new Messenger() {
                    @Override
                    public String platform() {
                        return "telegram";
                    }

                    @Override
                    public void send(ChatRef chat, String threadId, Reply reply) {
                        sends.incrementAndGet();
                    }
                };
                OutboxSender sender = new OutboxSender(core.outbox(), new MessengerCourier(telegram), later, ManualScheduler.onCallingThread(later),
                        Runnable::run, OutboxSender.Options.defaults(core == a ? "a" : "b"));
                DigestScheduler scheduler = new DigestScheduler(core.subscriptions(), core.digestLedger(), core.chats(), core.digestComposer(),
                        core.outbox(), core.transactions(), p -> Optional.of(sender), timer, later,
                        DigestScheduler.Options.defaults(core == a ? "a" : "b", EmptyDay.MESSAGE));
                schedulers.add(scheduler);
                polls.add(pool.submit(() -> {
                    go.await();
                    scheduler.poll();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : polls) f.get(120, TimeUnit.SECONDS);
            schedulers.get(1).poll(); // records what the outbox delivered
        } finally {
            timer.shutdownNow();
        }
        assertThat(sends.get()).isEqualTo(1);
        assertThat(b.digestLedger().find(team, LocalDate.of(2026, 11, 23)))
                .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DigestLedger.Status.SENT));
    }

    @Test
    void read_a_feed_due_on_both_instances_once() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour</title><item><title>Pier opens</title>"
                + "<link>https://news.example/pier</link><description>The harbour authority of Port Zebulon said on Monday that the new pier "
                + "will open next spring, after engineers finished testing its foundations.</description></item></channel></rss>";
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        CompletableFuture<Void> secondFetch = new CompletableFuture<>();
        try (LocalWebServer web = new LocalWebServer()) {
            web.route("/feed.xml", ex -> {
                // A slow feed: the first read is held here until the other instance has polled too (or fetched as well).
                if (fetches.incrementAndGet() == 2) secondFetch.complete(null);
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalWebServer.respond(ex, 200, "application/rss+xml", rss);
            });
            Source feed = a.sources().add(Source.Kind.FEED, web.url("/feed.xml"), "test", TestCore.NOW);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> reads = new ArrayList<>();
            for (NewsbotCore core : List.of(a, b)) {
                FeedPoller poller = new FeedPoller(core.sources(), core.ingestor(), core.sourceLocks(),
                        org.mockito.Mockito.mock(ScheduledExecutorService.class), Duration.ofMinutes(30), CLOCK); // polled by hand
                reads.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return poller.pollDue();
                }, pool));
            }
            go.countDown();
            // One instance finished polling while the other's read is still held, or both are fetching: either way both polled.
            CompletableFuture.anyOf(reads.get(0), reads.get(1), secondFetch).get(120, TimeUnit.SECONDS);
            release.countDown();
            int total = 0;
            for (Future<Integer> f : reads) total += f.get(120, TimeUnit.SECONDS);
            assertThat(total).isEqualTo(1);
            assertThat(web.requested()).hasSize(1);
            assertThat(b.sources().byId(feed.id()).orElseThrow().articles()).isEqualTo(1);
        }
    }
}
