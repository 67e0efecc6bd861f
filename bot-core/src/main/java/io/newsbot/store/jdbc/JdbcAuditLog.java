package io.newsbot.store.jdbc;

import io.newsbot.store.AuditLog;
import java.util.List;

/** {@link AuditLog} on JDBC. */
public final class JdbcAuditLog implements AuditLog {
    private final Jdbc jdbc;

    public JdbcAuditLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void record(Entry e) {
        jdbc.update("insert into audit_log (at, platform, chat_id, user_id, command, outcome, detail) values (?,?,?,?,?,?,?)",
                e.at(), e.platform(), e.chatId(), e.userId(), truncate(e.command(), 1024), e.outcome(), truncate(e.detail(), 1024));
    }

    @Override
    public List<Entry> latest(int limit) {
        return jdbc.query("select at, platform, chat_id, user_id, command, outcome, detail from audit_log order by id desc limit ?",
                rs -> new Entry(Jdbc.instant(rs, "at"), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), limit);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
