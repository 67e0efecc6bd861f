package io.newsbot.store.jdbc;

import io.newsbot.platform.ChatRef;
import io.newsbot.store.DigestLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link DigestLedger} on JDBC: the primary key (platform, chat, local date) makes a claim atomic across instances. */
public final class JdbcDigestLedger implements DigestLedger {
    private static final String COLUMNS = "platform, chat_id, local_date, claimed_by, claimed_at, status, attempts, last_error, covered_until,"
            + " article_count";
    private static final int MAX_DETAIL = 1024;
    private final Jdbc jdbc;

    public JdbcDigestLedger(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean claim(ChatRef chat, LocalDate date, String claimedBy, Instant at) {
        return insert(chat, date, claimedBy, at, Status.CLAIMED, null, null);
    }

    @Override
    public boolean skip(ChatRef chat, LocalDate date, String claimedBy, Instant at, String reason, Instant coveredUntil) {
        return insert(chat, date, claimedBy, at, Status.SKIPPED, reason, coveredUntil);
    }

    private boolean insert(ChatRef chat, LocalDate date, String claimedBy, Instant at, Status status, String detail, Instant coveredUntil) {
        return jdbc.run(c -> {
            try {
                return Jdbc.update(c, "insert into digest_deliveries (platform, chat_id, local_date, claimed_by, claimed_at, status, last_error,"
                        + " covered_until) values (?,?,?,?,?,?,?,?)", chat.platform(), chat.id(), date, claimedBy, at, status.name(),
                        clip(detail), coveredUntil) == 1;
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return false;
                throw e;
            }
        });
    }

    @Override
    public void queued(ChatRef chat, LocalDate date, Instant coveredUntil, int articles) {
        jdbc.update("update digest_deliveries set covered_until = ?, article_count = ? where platform = ? and chat_id = ? and local_date = ?",
                coveredUntil, articles, chat.platform(), chat.id(), date);
    }

    @Override
    public List<Delivery> claimed() {
        return jdbc.query("select " + COLUMNS + " from digest_deliveries where status = ? order by claimed_at, platform, chat_id",
                JdbcDigestLedger::map, Status.CLAIMED.name());
    }

    @Override
    public void attempted(ChatRef chat, LocalDate date, int attempts, String error) {
        jdbc.update("update digest_deliveries set attempts = ?, last_error = ? where platform = ? and chat_id = ? and local_date = ?",
                attempts, clip(error), chat.platform(), chat.id(), date);
    }

    @Override
    public void sent(ChatRef chat, LocalDate date, int attempts, Instant coveredUntil, int articles) {
        jdbc.update("update digest_deliveries set status = ?, attempts = ?, covered_until = ?, article_count = ?"
                + " where platform = ? and chat_id = ? and local_date = ?", Status.SENT.name(), attempts, coveredUntil, articles,
                chat.platform(), chat.id(), date);
    }

    @Override
    public void failed(ChatRef chat, LocalDate date, int attempts, String error) {
        jdbc.update("update digest_deliveries set status = ?, attempts = ?, last_error = ?, covered_until = null"
                + " where platform = ? and chat_id = ? and local_date = ?", Status.FAILED.name(), attempts, clip(error), chat.platform(), chat.id(), date);
    }

    @Override
    public int abandonClaimsBefore(Instant claimedBefore, String reason) {
        return jdbc.update("update digest_deliveries set status = ?, last_error = ? where status = ? and claimed_at < ?",
                Status.FAILED.name(), clip(reason), Status.CLAIMED.name(), claimedBefore);
    }

    @Override
    public Optional<Delivery> find(ChatRef chat, LocalDate date) {
        return jdbc.one("select " + COLUMNS + " from digest_deliveries where platform = ? and chat_id = ? and local_date = ?",
                JdbcDigestLedger::map, chat.platform(), chat.id(), date);
    }

    @Override
    public Optional<Instant> lastCoveredUntil(ChatRef chat) {
        List<Instant> last = jdbc.query("select max(covered_until) as last_until from digest_deliveries where platform = ? and chat_id = ?",
                rs -> Jdbc.instant(rs, "last_until"), chat.platform(), chat.id());
        return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0));
    }

    @Override
    public java.util.Map<Status, Long> countByStatus() {
        java.util.Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
        for (var row : jdbc.query("select status, count(*) from digest_deliveries group by status",
                rs -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))) {
            counts.merge(Status.valueOf(row.getKey()), row.getValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public List<Delivery> failuresSince(Instant since) {
        return jdbc.query("select " + COLUMNS + " from digest_deliveries where status = ? and claimed_at >= ?"
                + " order by claimed_at desc, platform, chat_id", JdbcDigestLedger::map, Status.FAILED.name(), since);
    }

    private static Delivery map(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString("platform"), rs.getString("chat_id"), rs.getObject("local_date", LocalDate.class),
                rs.getString("claimed_by"), Jdbc.instant(rs, "claimed_at"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), Jdbc.instant(rs, "covered_until"), rs.getInt("article_count"));
    }

    private static String clip(String detail) {
        if (detail == null) return null;
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
