package io.newsbot.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.InputStream;
import org.slf4j.LoggerFactory;

/** Chooses the log format before anything logs: text lines for people, or JSON lines. */
public final class Logging {
    private Logging() {
    }

    public static void configure(String format) {
        String resource = format.equals("json") ? "/logback-json.xml" : "/logback.xml";
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try (InputStream in = Logging.class.getResourceAsStream(resource)) {
            if (in == null) return;
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(in);
        } catch (JoranException | java.io.IOException e) {
            System.err.println("newsbot: could not configure logging (" + e.getMessage() + "); using the defaults.");
        }
    }
}
