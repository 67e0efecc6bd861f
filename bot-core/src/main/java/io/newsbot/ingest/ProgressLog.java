package io.newsbot.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long ingest in the log, for when nobody watches a terminal (a service, a piped run): a line at each
 * tenth of the way for ingests of more than a handful of articles.
 */
final class ProgressLog {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);
    static final int HANDFUL = 20;
    private final int total;
    private int lastTenth;

    ProgressLog(int total) {
        this.total = total;
        if (total > HANDFUL) log.info("Ingesting {} articles", total);
    }

    void update(int done, IngestReport report) {
        if (total <= HANDFUL) return;
        int tenth = (int) ((long) done * 10 / total);
        if (tenth == lastTenth) return;
        lastTenth = tenth;
        log.info("Ingested {} of {} articles ({}%): {}", done, total, tenth * 10, report.summary());
    }
}
