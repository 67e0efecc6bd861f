package io.newsbot.ingest;

import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the feeds admins added, each once every {@code every}. Checks once a minute which feeds are due
 * (never read, or last read {@code every} ago), so a restart neither skips nor repeats a read. Each read goes
 * through the guarded fetcher like the first one, and its outcome is recorded on the source. Instances sharing a
 * database take turns through {@link SourceLocks}: a feed another instance is reading, or has just read, is skipped.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    static final Duration TICK = Duration.ofMinutes(1);
    static final int MAX_ERROR_CHARS = 1000;
    private final SourceStore sources;
    private final Ingestor ingestor;
    private final SourceLocks locks;
    private final ScheduledExecutorService scheduler;
    private final Duration every;
    private final Clock clock;
    private ScheduledFuture<?> task;
    private volatile boolean closed;

    public FeedPoller(SourceStore sources, Ingestor ingestor, SourceLocks locks, ScheduledExecutorService scheduler, Duration every,
                      Clock clock) {
        if (every.compareTo(TICK) < 0) throw new IllegalArgumentException("every must be at least a minute");
        this.sources = sources;
        this.ingestor = ingestor;
        this.locks = locks;
        this.scheduler = scheduler;
        this.every = every;
        this.clock = clock;
    }

    /** Starts checking for due feeds once a minute on the scheduler. */
    public synchronized void start() {
        if (task != null) return;
        task = scheduler.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            int read = pollDue();
            if (read > 0) log.info("Re-read {} feeds", read);
        } catch (RuntimeException e) {
            // An exception escaping a scheduled task would silently cancel every later run.
            log.error("Polling the feeds failed; trying again in a minute", e);
        }
    }

    /** Reads every feed that is due now; returns how many were read. */
    public int pollDue() {
        int read = 0;
        for (Source feed : sources.feeds()) {
            if (closed || Thread.currentThread().isInterrupted()) break;
            if (!due(feed)) continue;
            // Holding the lease, look again: another instance may have read it since the list was taken.
            boolean readNow = locks.whileReading(feed.id(), () -> {
                Source current = sources.byId(feed.id()).orElse(null);
                if (current == null || current.kind() != Source.Kind.FEED || !due(current)) return false;
                read(current);
                return true;
            }).orElse(false);
            if (readNow) read++;
        }
        return read;
    }

    private boolean due(Source feed) {
        return feed.lastFetchAt() == null || !feed.lastFetchAt().plus(every).isAfter(clock.instant());
    }

    private void read(Source feed) {
        String error;
        try {
            IngestReport report = ingestor.ingestUrl(URI.create(feed.location()), feed.id(), Ingestor.Progress.NONE);
            error = String.join("; ", report.failures());
            if (report.added() + report.replaced() > 0) log.info("Feed {}: {}", feed.id(), report.summary());
        } catch (IngestException | IllegalArgumentException e) {
            error = e.getMessage();
            log.warn("Feed {} could not be read: {}", feed.id(), e.getMessage());
        } catch (RuntimeException e) {
            error = "failed: " + e.getClass().getSimpleName();
            log.error("Feed {} could not be read", feed.id(), e);
        }
        sources.recordFetch(feed.id(), clock.instant(), truncate(error));
    }

    private static String truncate(String s) {
        if (s == null) return "";
        if (s.length() <= MAX_ERROR_CHARS) return s;
        int cut = MAX_ERROR_CHARS - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut) + "…";
    }

    /** Stops scheduling, and stops a running poll after the feed it is reading (never mid-write, which would harm the index). */
    @Override
    public synchronized void close() {
        closed = true;
        if (task != null) task.cancel(false);
        task = null;
    }
}
