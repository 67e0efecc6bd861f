package io.newsbot.store;

import java.time.Instant;
import java.util.List;

/** The record of every admin command, allowed or refused. */
public interface AuditLog {
    /**
     * One audited command.
     *
     * @param outcome {@code ok}, {@code refused} or {@code failed}
     */
    record Entry(Instant at, String platform, String chatId, String userId, String command, String outcome, String detail) {
    }

    void record(Entry entry);

    /** The newest entries, newest first. */
    List<Entry> latest(int limit);
}
