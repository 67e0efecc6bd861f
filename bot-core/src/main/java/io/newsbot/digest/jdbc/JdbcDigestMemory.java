package io.newsbot.digest.jdbc;

import io.newsbot.digest.DigestMemory;
import io.newsbot.platform.ChatRef;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.jdbc.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@link DigestMemory} on H2 or PostgreSQL: table {@code digest_articles}, read together with {@code digest_deliveries}. */
public final class JdbcDigestMemory implements DigestMemory {
    private static final int IN_LIMIT = 500;
    private final Database db;

    public JdbcDigestMemory(Database db) {
        this.db = db;
    }

    @Override
    public void shown(ChatRef chat, LocalDate date, Collection<Long> articleIds) {
        db.inTransaction("Recording a digest's articles", c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from digest_articles where platform = ? and chat_id = ? and local_date = ?")) {
                ps.setString(1, chat.platform());
                ps.setString(2, chat.id());
                ps.setObject(3, date);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into digest_articles (platform, chat_id, local_date, article_id) values (?,?,?,?)")) {
                for (long id : new TreeSet<>(articleIds)) {
                    ps.setString(1, chat.platform());
                    ps.setString(2, chat.id());
                    ps.setObject(3, date);
                    ps.setLong(4, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Set<Long> shownBefore(ChatRef chat, LocalDate date, Collection<Long> articleIds) {
        Set<Long> out = new HashSet<>();
        List<Long> ids = new ArrayList<>(new TreeSet<>(articleIds));
        return db.run("Reading what earlier digests showed", c -> {
            for (int i = 0; i < ids.size(); i += IN_LIMIT) {
                List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIMIT));
                try (PreparedStatement ps = c.prepareStatement("select distinct d.article_id from digest_articles d join digest_deliveries l"
                        + " on l.platform = d.platform and l.chat_id = d.chat_id and l.local_date = d.local_date"
                        + " where d.platform = ? and d.chat_id = ? and d.local_date < ? and l.status = ?"
                        + " and d.article_id in (" + String.join(",", Collections.nCopies(part.size(), "?")) + ")")) {
                    ps.setString(1, chat.platform());
                    ps.setString(2, chat.id());
                    ps.setObject(3, date);
                    ps.setString(4, DigestLedger.Status.SENT.name());
                    for (int k = 0; k < part.size(); k++) ps.setLong(5 + k, part.get(k));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
