package io.newsbot.watch;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every poll interval, matches what was ingested since the last time and hands the alerts that may go now to the outbox. */
public final class WatchAlerts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WatchAlerts.class);
    private final WatchScanner scanner;
    private final AlertSender sender;
    private final WatchSettings settings;
    private volatile ScheduledFuture<?> polling;

    public WatchAlerts(WatchScanner scanner, AlertSender sender, WatchSettings settings) {
        this.scanner = scanner;
        this.sender = sender;
        this.settings = settings;
    }

    /** Starts polling on the executor, whose owner shuts it down. */
    public void start(ScheduledExecutorService executor) {
        polling = executor.scheduleWithFixedDelay(this::pollSafely, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One scan and one pass handing alerts over to the outbox. @return the alerts handed over */
    public int poll() {
        scanner.scan();
        return sender.send();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // Keep polling: a store hiccup must not stop every later alert.
            log.error("Matching or sending watch alerts failed; trying again in {}", settings.poll(), e);
        }
    }

    public AlertSender sender() {
        return sender;
    }

    public WatchScanner scanner() {
        return scanner;
    }

    @Override
    public void close() {
        ScheduledFuture<?> p = polling;
        if (p != null) p.cancel(false);
    }
}
