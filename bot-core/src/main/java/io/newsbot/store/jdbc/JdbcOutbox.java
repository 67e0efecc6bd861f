package io.newsbot.store.jdbc;

import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Outbox} on JDBC. A lease is taken by one conditional update per row (free, or its lease ran out), so of two
 * instances leasing at once each row goes to one; every later write names the holder, so a sender whose lease ran
 * out cannot record anything for a row another sender now holds.
 */
public final class JdbcOutbox implements Outbox {
    private static final String COLUMNS = "id, platform, chat_id, chat_type, thread_id, route, tag, reply, status, created_at, deadline,"
            + " next_attempt_at, attempts, parts_sent, last_error";
    private static final int MAX_ERROR = 1024;
    private final Jdbc jdbc;

    public JdbcOutbox(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public long queue(Outgoing m) {
        return jdbc.run(c -> Jdbc.insert(c, "insert into outbox (platform, chat_id, chat_type, thread_id, route, tag, reply, status, created_at,"
                        + " deadline, next_attempt_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                m.chat().platform(), m.chat().id(), m.chat().type().name(), m.threadId(), m.route(), m.tag(), ReplyJson.write(m.reply()),
                OutboxMessage.Status.PENDING.name(), m.createdAt(), m.deadline(), m.createdAt()));
    }

    @Override
    public List<OutboxMessage> lease(String platform, Instant now, String holder, Duration lease, int limit) {
        // The head of each chat's queue only: a later message waits for the one before it, so a chat's replies keep their order.
        List<OutboxMessage> due = jdbc.query("select " + COLUMNS + " from outbox o where o.platform = ? and o.status = 'PENDING'"
                + " and o.next_attempt_at <= ? and (o.lease_until is null or o.lease_until <= ?)"
                + " and not exists (select 1 from outbox e where e.platform = o.platform and e.chat_id = o.chat_id"
                + " and e.status = 'PENDING' and e.id < o.id) order by o.id limit ?", JdbcOutbox::map, platform, now, now, limit);
        List<OutboxMessage> leased = new ArrayList<>();
        for (OutboxMessage m : due) {
            int taken = jdbc.update("update outbox set leased_by = ?, lease_until = ? where id = ? and status = 'PENDING'"
                    + " and (lease_until is null or lease_until <= ?)", holder, now.plus(lease), m.id(), now);
            if (taken == 1) leased.add(m);
        }
        return leased;
    }

    @Override
    public boolean progress(long id, String holder, int partsSent, Instant leaseUntil) {
        return jdbc.update("update outbox set parts_sent = ?, lease_until = ? where id = ? and leased_by = ? and status = 'PENDING'",
                partsSent, leaseUntil, id, holder) == 1;
    }

    @Override
    public boolean sent(long id, String holder, Instant at) {
        return jdbc.update("update outbox set status = 'SENT', settled_at = ?, leased_by = null, lease_until = null where id = ? and leased_by = ?",
                at, id, holder) == 1;
    }

    @Override
    public void retryAt(long id, String holder, Instant notBefore, int attempts, String error) {
        jdbc.update("update outbox set next_attempt_at = ?, attempts = ?, last_error = ?, leased_by = null, lease_until = null"
                + " where id = ? and leased_by = ?", notBefore, attempts, clip(error), id, holder);
    }

    @Override
    public void failed(long id, String holder, Instant at, int attempts, String error) {
        jdbc.update("update outbox set status = 'FAILED', settled_at = ?, attempts = ?, last_error = ?, leased_by = null, lease_until = null"
                + " where id = ? and leased_by = ?", at, attempts, clip(error), id, holder);
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return jdbc.one("select " + COLUMNS + " from outbox where id = ?", JdbcOutbox::map, id);
    }

    @Override
    public Optional<OutboxMessage> findTagged(String platform, String chatId, String tag) {
        return jdbc.one("select " + COLUMNS + " from outbox where platform = ? and chat_id = ? and tag = ? order by id desc limit 1",
                JdbcOutbox::map, platform, chatId, tag);
    }

    @Override
    public Backlog backlog(Instant failedSince) {
        return jdbc.run(c -> {
            List<Object[]> pending = Jdbc.query(c, "select count(*) n, min(created_at) oldest from outbox where status = 'PENDING'",
                    rs -> new Object[] {rs.getLong("n"), Jdbc.instant(rs, "oldest")});
            List<Long> failed = Jdbc.query(c, "select count(*) from outbox where status = 'FAILED' and settled_at >= ?", rs -> rs.getLong(1),
                    failedSince);
            Object[] p = pending.get(0);
            return new Backlog((Long) p[0], Optional.ofNullable((Instant) p[1]), failed.get(0));
        });
    }

    @Override
    public int releaseLeases() {
        return jdbc.update("update outbox set leased_by = null, lease_until = null where status = 'PENDING' and leased_by is not null");
    }

    @Override
    public int purgeSettledBefore(Instant before) {
        return jdbc.update("delete from outbox where status <> 'PENDING' and settled_at < ?", before);
    }

    private static OutboxMessage map(ResultSet rs) throws SQLException {
        ChatRef chat = new ChatRef(rs.getString("platform"), rs.getString("chat_id"), ChatType.valueOf(rs.getString("chat_type")));
        Outgoing outgoing = new Outgoing(chat, rs.getString("thread_id"), rs.getString("route"), ReplyJson.read(rs.getString("reply")),
                rs.getString("tag"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "deadline"));
        return new OutboxMessage(rs.getLong("id"), outgoing, OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getInt("parts_sent"), Jdbc.instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }

    private static String clip(String error) {
        if (error == null) return null;
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
