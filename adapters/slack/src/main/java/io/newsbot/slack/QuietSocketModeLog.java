package io.newsbot.slack;

import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/**
 * The Socket Mode client's log, with its per-attempt connection messages ("onError listener is called", "Failed to
 * establish a new connection", "onClose listener is called") turned down to DEBUG: while Slack is unreachable they came
 * every few seconds, with a stack trace. {@link SocketModeConnection} says once per change whether Slack can be reached.
 * Everything else the client logs passes through unchanged.
 */
final class QuietSocketModeLog extends LegacyAbstractLogger {
    private static final Logger target = LoggerFactory.getLogger(SocketModeClient.class);

    QuietSocketModeLog() {
        this.name = target.getName();
    }

    static boolean perAttempt(String message) {
        return message != null && (message.startsWith("onError listener is called") || message.startsWith("Failed to establish a new connection")
                || message.startsWith("Failed to reconnect") || message.startsWith("onClose listener is called")
                || message.startsWith("Failed to send a ping message"));
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments, Throwable cause) {
        Level to = perAttempt(message) ? Level.DEBUG : level;
        var event = target.atLevel(to);
        if (cause != null) event = event.setCause(cause);
        event.log(message, arguments == null ? new Object[0] : arguments);
    }

    @Override
    public boolean isTraceEnabled() {
        return target.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return target.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return target.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return target.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return target.isErrorEnabled();
    }
}
