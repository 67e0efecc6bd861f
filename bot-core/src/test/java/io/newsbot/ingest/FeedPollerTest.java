package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.newsbot.NewsbotCore;
import io.newsbot.article.Source;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class FeedPollerTest {
    @TempDir
    Path dataDir;
    final MutableClock clock = new MutableClock(TestCore.NOW);
    final AtomicReference<String> feed = new AtomicReference<>(rss(1, 2));
    LocalWebServer web;
    NewsbotCore core;
    FeedPoller poller;

    @BeforeEach
    void open() {
        web = new LocalWebServer().route("/feed.xml", ex -> LocalWebServer.respond(ex, 200, "application/rss+xml", feed.get()))
                .route("/broken.xml", ex -> LocalWebServer.respond(ex, 500, "text/plain", "oops"));
        core = NewsbotCore.open(TestSettings.with(dataDir, Set.of(), TestSettings.localFetch()), clock);
        poller = new FeedPoller(core.sources(), core.ingestor(), mock(ScheduledExecutorService.class), Duration.ofMinutes(30), clock);
    }

    @AfterEach
    void close() {
        core.close();
        web.close();
    }

    @Test
    void reads_a_new_feed_then_again_only_when_it_is_due() {
        Source source = core.sources().add(Source.Kind.FEED, web.url("/feed.xml"), "test", clock.instant());

        assertThat(poller.pollDue()).isEqualTo(1);
        assertThat(core.sources().byId(source.id()).orElseThrow().articles()).isEqualTo(2);

        feed.set(rss(1, 3));
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
        Source good = core.sources().add(Source.Kind.FEED, web.url("/feed.xml"), "test", clock.instant());

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
    void checks_every_minute_on_the_scheduler_it_is_given_and_stops_on_close() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        FeedPoller scheduled = new FeedPoller(core.sources(), core.ingestor(), scheduler, Duration.ofMinutes(30), clock);
        core.sources().add(Source.Kind.FEED, web.url("/feed.xml"), "test", clock.instant());

        scheduled.start();

        ArgumentCaptor<Runnable> tick = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(tick.capture(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));
        tick.getValue().run();
        assertThat(core.articles().count()).isEqualTo(4); // the two demo articles and the feed's two
        scheduled.close();
    }

    @Test
    void a_tick_survives_a_store_failure() {
        ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
        FeedPoller scheduled = new FeedPoller(core.sources(), core.ingestor(), scheduler, Duration.ofMinutes(30), clock);
        scheduled.start();
        ArgumentCaptor<Runnable> tick = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(tick.capture(), eq(60_000L), eq(60_000L), eq(TimeUnit.MILLISECONDS));
        core.close(); // the store is gone: the tick must log, not throw (a throw would cancel every later tick)
        core = NewsbotCore.open(TestSettings.with(dataDir, Set.of(), TestSettings.localFetch()), clock);

        tick.getValue().run();
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
