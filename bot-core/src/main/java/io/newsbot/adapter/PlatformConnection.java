package io.newsbot.adapter;

import io.newsbot.platform.AdapterResources;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.ConnectionStatus;
import io.newsbot.platform.CredentialsRejected;
import io.newsbot.platform.PlatformStatus;
import io.newsbot.platform.Reconnector;

/**
 * An adapter's connection to its platform, kept the same way by every adapter: the first try at start, then tries in
 * the background with the connecting backoff until one works (a refused token waits the longest), and where it stands
 * for {@code /healthz}. The adapter says how to connect once; what to do when that fails is decided here.
 */
public final class PlatformConnection implements AutoCloseable {
    private final String platform;
    private final ConnectionStatus status;
    private final Reconnector reconnector;

    /**
     * @param platform the platform's name for people ("Telegram"), in log lines and the operator's messages
     * @param threads  the adapter's clock and timer
     * @param connect  one try to connect
     */
    public PlatformConnection(String platform, AdapterResources threads, Reconnector.Attempt connect) {
        this.platform = platform;
        this.status = new ConnectionStatus(platform, threads.clock(), Backoff.CONNECTING.max());
        this.reconnector = new Reconnector(status, threads.timer(), Backoff.CONNECTING, connect);
    }

    /** Connects now if the platform answers, else keeps trying in the background; returns either way. */
    public void start() {
        reconnector.start();
    }

    /** Where the connection stands. */
    public PlatformStatus current() {
        return status.current();
    }

    /** For the parts that keep a connection up once made (long polling, Socket Mode) and report on it. */
    public ConnectionStatus status() {
        return status;
    }

    /**
     * The platform refused a token: one sentence for the operator that starts with what to check (never the token) and
     * says that the bot runs on meanwhile.
     */
    public CredentialsRejected tokenRefused(String whatToCheck) {
        return new CredentialsRejected(whatToCheck + ". newsbot keeps serving its other platforms and tries " + platform + " again every "
                + Backoff.CONNECTING.max().toSeconds() + " s.");
    }

    /** Stops trying to connect; the adapter closes what it opened, then calls {@link #stopped()}. */
    @Override
    public void close() {
        reconnector.close();
    }

    public void stopped() {
        status.stopped();
    }
}
