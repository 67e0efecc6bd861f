package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A long ingest says how far it has come in the log, not only on a terminal's progress bar. */
class ProgressLogTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(Ingestor.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private ch.qos.logback.classic.Level level;

    @BeforeEach
    void listen() {
        level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(lines);
        logger.setLevel(level);
    }

    @Test
    void a_long_ingest_logs_a_line_at_each_tenth_of_the_way() {
        ProgressLog progress = new ProgressLog(1000);
        IngestReport report = new IngestReport(3, 0, 0, 0, java.util.List.of());

        for (int done = 1; done <= 1000; done++) progress.update(done, report);

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(11)
                .startsWith("Ingesting 1000 articles").contains("Ingested 500 of 1000 articles (50%): 3 added")
                .endsWith("Ingested 1000 of 1000 articles (100%): 3 added");
    }

    @Test
    void a_handful_of_articles_logs_nothing() {
        ProgressLog progress = new ProgressLog(ProgressLog.HANDFUL);

        for (int done = 1; done <= ProgressLog.HANDFUL; done++) progress.update(done, IngestReport.EMPTY);

        assertThat(lines.list).isEmpty();
    }
}
