package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import io.newsbot.store.StoreException;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class FeedPollerTest {
    @TempDir
    static Path dataDir;
    static final MutableClock clock = new MutableClock(TestCore.NOW);
    static final AtomicReference<String> feed = new AtomicReference<>("");
    static LocalWebServer web;
    static NewsbotCore core;
    static final java.util.concurrent.atomic.AtomicInteger items = new java.util.concurrent.atomic.AtomicInteger();
    FeedPoller poller;
    int first;

    @BeforeAll
    static void open() {
        web = new LocalWebServer().route("/feed.xml", ex -> LocalWebServer.respond(ex, 200, "application/rss+xml", feed.get()))
                .route("/broken.xml", ex -> LocalWebServer.respond(ex, 500, "text/plain", "oops"));
        core = TestCore.open(TestSettings.with(dataDir, Set.of(), TestSettings.localFetch()), clock);
    }

    @AfterAll
    static void close() {
        core.close();
        web.close();
    }

    /** Each test starts with no feeds, a fresh feed text, and a poller of its own. */
    @BeforeEach
    void reset() {
        core.sources().all().forEach(s -> core.sources().remove(s.id()));
        first = items.addAndGet(1000); // entries no other test has stored
        feed.set(rss(first, 2));
        web.requested().clear();
        poller = new FeedPoller(core.sources(), core.ingestor(), core.sourceLocks(), mock(ScheduledExecutorService.class), Duration.ofMinutes(30), clock);
    }

    /** A feed URL no other test uses, so article counts per source start at zero. */
    static String freshFeed() {
        return web.url("/feed.xml") + "?" + java.util.UUID.randomUUID();
    }

    @Test
    void reads_a_new_feed_then_again_only_when_it_is_due() {
        Source source = core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());

        assertThat(poller.pollDue()).isEqualTo(1);
        assertThat(core.sources().byId(source.id()).orElseThrow().articles()).isEqualTo(2);

        feed.set(rss(first, 3));
        clock.advance(Duration.ofMinutes(29));
        assertThat(poller.pollDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(poller.pollDue()).isEqualTo(1);

        Source after = core.sources().byId(source.id()).orElseThrow();
        assertThat(after.articles()).isEqualTo(3);
        assertThat(after.lastFetchAt()).isEqualTo(clock.instant());
        assertThat(after.lastError()).isEmpty();
    }

    @Test
    void records_a_failing_feed_and_still_reads_the_others() {
        Source broken = core.sources().add(Source.Kind.FEED, web.url("/broken.xml"), "test", clock.instant());
        Source good = core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());

        assertThat(poller.pollDue()).isEqualTo(2);

        assertThat(core.sources().byId(broken.id()).orElseThrow().lastError()).contains("HTTP status 500");
        assertThat(core.sources().byId(good.id()).orElseThrow().articles()).isEqualTo(2);
    }

    @Test
    void leaves_pages_and_removed_feeds_alone() {
        core.sources().add(Source.Kind.URL, web.url("/feed.xml") + "?page", "test", clock.instant());
        Source removed = core.sources().add(Source.Kind.FEED, web.url("/feed.xml"), "test", clock.instant());
        core.sources().remove(removed.id());

        assertThat(poller.pollDue()).isZero();
        assertThat(web.requested()).isEmpty();
    }

    @Test
    void skips_a_feed_another_instance_is_reading_and_reads_it_once_that_one_is_done() {
        Source source = core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());
        assertThat(core.leases().acquire("source:" + source.id(), "another-instance", clock.instant(), Duration.ofMinutes(15))).isTrue();

        assertThat(poller.pollDue()).isZero();
        assertThat(web.requested()).isEmpty();

        core.leases().release("source:" + source.id(), "another-instance");
        assertThat(poller.pollDue()).isEqualTo(1);
        assertThat(core.sources().byId(source.id()).orElseThrow().articles()).isEqualTo(2);
    }

    @Test
    void does_not_read_again_a_feed_another_instance_read_since_the_list_was_taken() {
        Source source = core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());
        SourceStore racing = mock(SourceStore.class);
        when(racing.feeds()).thenReturn(java.util.List.of(source)); // the list says due...
        Source justRead = new Source(source.id(), Source.Kind.FEED, source.location(), "test", clock.instant(), "", 2);
        when(racing.byId(source.id())).thenReturn(java.util.Optional.of(justRead)); // ...but another instance just read it
        FeedPoller late = new FeedPoller(racing, core.ingestor(), core.sourceLocks(), mock(ScheduledExecutorService.class),
                Duration.ofMinutes(30), clock);

        assertThat(late.pollDue()).isZero();
        assertThat(web.requested()).isEmpty();
    }

    @Test
    void checks_every_minute_on_the_scheduler_it_is_given_and_stops_on_close() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        ScheduledFuture<?> future = mock(ScheduledFuture.class);
        org.mockito.Mockito.<ScheduledFuture<?>>when(scheduler.scheduleWithFixedDelay(any(), anyLong(), anyLong(), any())).thenReturn(future);
        FeedPoller scheduled = new FeedPoller(core.sources(), core.ingestor(), core.sourceLocks(), scheduler, Duration.ofMinutes(30), clock);
        Source source = core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());

        scheduled.start();

        ArgumentCaptor<Runnable> tick = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(tick.capture(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));
        tick.getValue().run();
        assertThat(core.sources().byId(source.id()).orElseThrow().articles()).isEqualTo(2);
        scheduled.close();
        verify(future).cancel(false);
    }

    @Test
    void a_tick_survives_a_store_failure() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        SourceStore failing = mock(SourceStore.class);
        when(failing.feeds()).thenThrow(new StoreException("The store failed: gone", null));
        FeedPoller scheduled = new FeedPoller(failing, core.ingestor(), core.sourceLocks(), scheduler, Duration.ofMinutes(30), clock);
        scheduled.start();
        ArgumentCaptor<Runnable> tick = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(tick.capture(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));

        // A throw would cancel every later tick of the schedule; the tick must log and return.
        assertThatCode(() -> tick.getValue().run()).doesNotThrowAnyException();
        verify(failing).feeds();
    }

    @Test
    void stops_between_feeds_once_closed() {
        core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());
        core.sources().add(Source.Kind.FEED, freshFeed(), "test", clock.instant());
        poller.close();

        assertThat(poller.pollDue()).isZero();
    }

    static String rss(int first, int n) {
        StringBuilder items = new StringBuilder();
        for (int i = first; i < first + n; i++) {
            items.append("<item><title>Harbour report ").append(i).append("</title><link>https://news.example/harbour/").append(i)
                    .append("</link><description>The harbour authority of Port Zebulon said on Monday that pier number ").append(i)
                    .append(" will open next spring, after engineers finished testing the foundations and the council approved the budget.</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Zebulon Harbour News</title><link>https://news.example/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }
}
