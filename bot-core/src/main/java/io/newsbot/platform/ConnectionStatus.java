package io.newsbot.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one platform connection, which every part of the adapter reports to (start-up, polling, the socket),
 * and which says so in the log once per change of state: an outage is one warning when it starts and one line when
 * it ends, however often the adapter retries in between.
 */
public final class ConnectionStatus {
    private static final Logger log = LoggerFactory.getLogger(ConnectionStatus.class);
    private final String name;
    private final Clock clock;
    private final Duration longestWait;
    private PlatformStatus current;

    /**
     * @param name        the platform as people call it, e.g. {@code Telegram}
     * @param longestWait the longest wait between retries, for the log
     */
    public ConnectionStatus(String name, Clock clock, Duration longestWait) {
        this.name = name;
        this.clock = clock;
        this.longestWait = longestWait;
        this.current = new PlatformStatus(PlatformStatus.State.STARTING, "", clock.instant());
    }

    public synchronized PlatformStatus current() {
        return current;
    }

    /** Receiving works (again). */
    public synchronized void connected() {
        PlatformStatus was = current;
        if (was.state() == PlatformStatus.State.CONNECTED || was.state() == PlatformStatus.State.STOPPED) return;
        Instant now = clock.instant();
        current = new PlatformStatus(PlatformStatus.State.CONNECTED, "", now);
        if (was.state() == PlatformStatus.State.UNREACHABLE || was.state() == PlatformStatus.State.REJECTED) {
            log.info("{} is reachable again, after {} s", name, Duration.between(was.since(), now).toSeconds());
        }
    }

    /** The platform cannot be reached, or answered an error: retried with backoff. */
    public synchronized void unreachable(String why) {
        if (current.state() == PlatformStatus.State.STOPPED) return;
        if (current.state() == PlatformStatus.State.UNREACHABLE) {
            current = new PlatformStatus(PlatformStatus.State.UNREACHABLE, why, current.since());
            return;
        }
        current = new PlatformStatus(PlatformStatus.State.UNREACHABLE, why, clock.instant());
        log.warn("{} cannot be reached ({}); newsbot keeps trying, at most {} s apart, and says so here when it is back", name, why,
                longestWait.toSeconds());
    }

    /** The platform refused the token: one line that says which setting to check. */
    public synchronized void rejected(String sentence) {
        if (current.state() == PlatformStatus.State.STOPPED) return;
        boolean changed = current.state() != PlatformStatus.State.REJECTED;
        current = new PlatformStatus(PlatformStatus.State.REJECTED, sentence, changed ? clock.instant() : current.since());
        if (changed) log.error("{}", sentence);
    }

    public synchronized void stopped() {
        current = new PlatformStatus(PlatformStatus.State.STOPPED, "", clock.instant());
    }

    /** The first line of an exception's message, never its stack: what an operator needs to see in the log. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
