package io.newsbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.ConnectionStatus;
import io.newsbot.platform.CredentialsRejected;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newsbot.adapter.PlatformConnection;

/**
 * The Socket Mode connection, kept open by newsbot rather than by the client's own session monitor (which logged an
 * error with a stack trace every ten seconds while Slack was unreachable): opens it with {@code apps.connections.open},
 * checks it every few seconds, and when it is down opens a new one, waiting longer after each failure (capped), and
 * tells the {@link ConnectionStatus}, which logs once per change. Slack's own "disconnect" notices (it moves
 * connections around) are followed by the client at once.
 */
final class SocketModeConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    private static final Duration CHECK = Duration.ofSeconds(5);
    private final Slack slack;
    private final String appToken;
    private final App app;
    private final PlatformConnection connection;
    private final ConnectionStatus status;
    private final ScheduledExecutorService timer;
    private final Backoff backoff;
    private SocketModeApp socketMode;
    private SocketModeClient client;
    private int failures;
    private volatile boolean closed;

    SocketModeConnection(Slack slack, String appToken, App app, PlatformConnection connection, ScheduledExecutorService timer, Backoff backoff) {
        this.slack = slack;
        this.appToken = appToken;
        this.app = app;
        this.connection = connection;
        this.status = connection.status();
        this.timer = timer;
        this.backoff = backoff;
    }

    /** Opens the connection (one try), and from then on keeps it open. */
    synchronized void open() throws Exception {
        String url = newUrl();
        client = new QuietClient(slack, appToken, url);
        client.addWebSocketMessageListener(new EnvelopeHandler(app, client));
        socketMode = new SocketModeApp(client, app);
        socketMode.startAsync();
        schedule(CHECK);
    }

    /** A new WebSocket URL; a refused app token is one clear line. */
    private String newUrl() throws IOException, SlackApiException, CredentialsRejected {
        AppsConnectionsOpenResponse open = slack.methods(appToken).appsConnectionsOpen(r -> r);
        if (open.isOk()) return open.getUrl();
        if (SlackAdapter.TOKEN_REFUSED.contains(open.getError())) {
            throw connection.tokenRefused("Slack refused the app-level token (" + open.getError() + "): check NEWSBOT_SLACK_APP_TOKEN, an xapp- token"
                    + " with the connections:write scope");
        }
        throw new IOException("apps.connections.open answered " + open.getError());
    }

    private void check() {
        if (closed) return;
        if (client.verifyConnection()) {
            failures = 0;
            status.connected();
            schedule(CHECK);
            return;
        }
        // Down: one dropped connection is simply replaced; down again at the next check, Slack is unreachable.
        failures++;
        Duration next = failures == 1 ? CHECK : backoff.delay(failures - 1);
        try {
            reconnect();
            if (failures > 1) status.unreachable("the Socket Mode connection does not stay open");
        } catch (CredentialsRejected e) {
            status.rejected(e.getMessage());
            next = backoff.max();
        } catch (Exception e) {
            status.unreachable("Socket Mode: " + ConnectionStatus.oneLine(e));
        }
        schedule(next);
    }

    /** Opens a new WebSocket; the check after it sees whether it came up. */
    private void reconnect() throws Exception {
        log.debug("The Socket Mode connection is down; opening a new one");
        try {
            client.setWssUri(new java.net.URI(newUrl()));
        } catch (URISyntaxException e) {
            throw new IOException("apps.connections.open gave an unusable URL", e);
        }
        client.connectToNewEndpoint();
    }

    private void schedule(Duration after) {
        if (closed) return;
        try {
            timer.schedule(this::check, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (socketMode != null) socketMode.close();
            // SocketModeApp leaves the client's message processors running.
            if (client != null) client.close();
        } catch (Exception e) {
            log.warn("The Slack connection did not close cleanly: {}", e.toString());
        }
    }

    /** The Java-WebSocket client, without its session monitor (newsbot checks the connection) and with its per-try log quiet. */
    private static final class QuietClient extends SocketModeClientJavaWSImpl {
        private static final Logger QUIET = new QuietSocketModeLog();

        QuietClient(Slack slack, String appToken, String url) throws URISyntaxException {
            super(slack, appToken, url, DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY, new ConcurrentLinkedMessageQueue(), true, false,
                    DEFAULT_SESSION_MONITOR_INTERVAL_MILLISECONDS);
        }

        @Override
        public Logger getLogger() {
            return QUIET;
        }
    }
}
