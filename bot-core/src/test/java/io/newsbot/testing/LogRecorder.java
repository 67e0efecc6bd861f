package io.newsbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records what the bot logs while a test runs, to check what an operator would read: lines, levels, stack traces. */
public final class LogRecorder implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger newsbot = (Logger) LoggerFactory.getLogger("io.newsbot");
    private final Level newsbotLevel = newsbot.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** Records from now on, with newsbot's own loggers at INFO at least, as in production. */
    public LogRecorder() {
        if (!newsbot.isInfoEnabled()) newsbot.setLevel(Level.INFO);
        appender.start();
        root.addAppender(appender);
    }

    /** Every event so far, at any level the loggers let through. */
    public synchronized List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    /** The events at the given level or above. */
    public List<ILoggingEvent> atLeast(Level level) {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
    }

    /** The formatted messages of the events whose message contains the text. */
    public List<String> lines(String containing) {
        return events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(containing)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        newsbot.setLevel(newsbotLevel);
    }
}
