package io.newsbot.watch.jdbc;

import io.newsbot.store.jdbc.Sql;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.jdbc.Database;
import io.newsbot.watch.Alert;
import io.newsbot.watch.AlertQueue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link AlertQueue} on H2 or PostgreSQL (migration V8): the unique key (watch_id, group_key) makes queueing idempotent. */
public final class JdbcAlertQueue implements AlertQueue {
    private static final String COLUMNS = "id, watch_id, group_key, platform, chat_id, chat_type, article_id, headline, body, status, queued_at";
    private final Sql sql;

    public JdbcAlertQueue(Database db) {
        this.sql = new Sql(db, "The alert queue");
    }

    @Override
    public boolean queue(Alert a) {
        return sql.run(c -> {
            try {
                return Sql.update(c, "insert into watch_alerts (watch_id, group_key, platform, chat_id, chat_type, article_id, headline, body,"
                        + " status, queued_at) values (?,?,?,?,?,?,?,?,?,?)", a.watchId(), a.groupKey(), a.chat().platform(), a.chat().id(),
                        a.chat().type().name(), a.articleId(), cut(a.headline(), 400), a.text(), Alert.Status.QUEUED.name(), a.queuedAt()) > 0;
            } catch (SQLException e) {
                if (Sql.isDuplicateKey(e)) return false;
                throw e;
            }
        });
    }

    @Override
    public List<Alert> queued(int limit) {
        return sql.query("select " + COLUMNS + " from watch_alerts where status = 'QUEUED' order by queued_at, id limit ?", JdbcAlertQueue::map, limit);
    }

    @Override
    public boolean handOver(long id, String instanceId, Instant at) {
        // Conditional on QUEUED: of two instances handing one alert over at once, the second updates nothing.
        return sql.update("update watch_alerts set status = 'HANDED_OVER', claimed_by = ?, claimed_at = ?, sent_at = ?, attempts = attempts + 1"
                + " where id = ? and status = 'QUEUED'", instanceId, at, at, id) > 0;
    }

    @Override
    public void failed(long id, String error) {
        sql.update("update watch_alerts set status = 'FAILED', last_error = ? where id = ? and status = 'QUEUED'", cut(error, 1024), id);
    }

    @Override
    public int sentSince(ChatRef chat, Instant since) {
        return sql.query("select count(*) from watch_alerts where platform = ? and chat_id = ? and status = 'HANDED_OVER' and sent_at >= ?",
                rs -> rs.getInt(1), chat.platform(), chat.id(), since).get(0);
    }

    @Override
    public List<Alert> forChat(ChatRef chat, int limit) {
        return sql.query("select " + COLUMNS + " from watch_alerts where platform = ? and chat_id = ? order by id desc limit ?", JdbcAlertQueue::map,
                chat.platform(), chat.id(), limit);
    }

    private static Alert map(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getLong("watch_id"), rs.getString("group_key"),
                new ChatRef(rs.getString("platform"), rs.getString("chat_id"), ChatType.valueOf(rs.getString("chat_type"))), rs.getLong("article_id"),
                rs.getString("headline"), rs.getString("body"), status(rs.getString("status")), Sql.instant(rs, "queued_at"));
    }

    /** Rows written before alerts went through the outbox say SENT (delivered) or SENDING (claimed, outcome unknown). */
    private static Alert.Status status(String stored) {
        return switch (stored) {
            case "SENT" -> Alert.Status.HANDED_OVER;
            case "SENDING" -> Alert.Status.FAILED;
            default -> Alert.Status.valueOf(stored);
        };
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
