package io.newsbot.store.jdbc;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link SubscriptionStore} on JDBC. Topics are kept comma-separated, which is why a topic holds no comma. */
public final class JdbcSubscriptionStore implements SubscriptionStore {
    private static final String COLUMNS = "platform, chat_id, chat_type, local_time, zone, topics, created_by, created_at";
    private final Jdbc jdbc;

    public JdbcSubscriptionStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void put(Subscription s) {
        String topics = String.join(",", s.topics());
        String time = String.format("%02d:%02d", s.time().getHour(), s.time().getMinute());
        jdbc.run(c -> {
            String update = "update subscriptions set chat_type = ?, local_time = ?, zone = ?, topics = ?, created_by = ?, created_at = ?"
                    + " where platform = ? and chat_id = ?";
            Object[] values = {s.chat().type().name(), time, s.zone().getId(), topics, s.createdBy(), s.createdAt(), s.chat().platform(),
                    s.chat().id()};
            if (Jdbc.update(c, update, values) > 0) return null;
            try {
                Jdbc.update(c, "insert into subscriptions (" + COLUMNS + ") values (?,?,?,?,?,?,?,?)", s.chat().platform(), s.chat().id(),
                        s.chat().type().name(), time, s.zone().getId(), topics, s.createdBy(), s.createdAt());
            } catch (SQLException e) {
                if (!Jdbc.isDuplicateKey(e)) throw e;
                Jdbc.update(c, update, values);
            }
            return null;
        });
    }

    @Override
    public Optional<Subscription> find(ChatRef chat) {
        return jdbc.one("select " + COLUMNS + " from subscriptions where platform = ? and chat_id = ?", JdbcSubscriptionStore::map,
                chat.platform(), chat.id());
    }

    @Override
    public boolean remove(ChatRef chat) {
        return jdbc.update("delete from subscriptions where platform = ? and chat_id = ?", chat.platform(), chat.id()) > 0;
    }

    @Override
    public List<Subscription> all() {
        return jdbc.query("select " + COLUMNS + " from subscriptions order by platform, chat_id", JdbcSubscriptionStore::map);
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        String topics = rs.getString("topics");
        return new Subscription(new ChatRef(rs.getString("platform"), rs.getString("chat_id"), ChatType.valueOf(rs.getString("chat_type"))),
                LocalTime.parse(rs.getString("local_time")), ZoneId.of(rs.getString("zone")),
                topics.isEmpty() ? List.of() : Arrays.asList(topics.split(",")), rs.getString("created_by"), Jdbc.instant(rs, "created_at"));
    }
}
