package io.newsbot.watch.jdbc;

import io.newsbot.store.jdbc.Sql;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.jdbc.Database;
import io.newsbot.watch.Watch;
import io.newsbot.watch.WatchStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link WatchStore} on H2 or PostgreSQL (migration V8). */
public final class JdbcWatchStore implements WatchStore {
    private static final String COLUMNS = "id, platform, chat_id, chat_type, kind, subject, created_by, created_at";
    private final Sql sql;

    public JdbcWatchStore(Database db) {
        this.sql = new Sql(db, "The watch store");
    }

    @Override
    public Watch add(Watch w) {
        long id = sql.insert("insert into watches (platform, chat_id, chat_type, kind, subject, created_by, created_at) values (?,?,?,?,?,?,?)",
                w.chat().platform(), w.chat().id(), w.chat().type().name(), w.kind().name(), w.subject(), w.createdBy(), w.createdAt());
        return w.withId(id);
    }

    @Override
    public List<Watch> forChat(ChatRef chat) {
        return sql.query("select " + COLUMNS + " from watches where platform = ? and chat_id = ? order by id", JdbcWatchStore::map,
                chat.platform(), chat.id());
    }

    @Override
    public Optional<Watch> byId(long id) {
        return sql.query("select " + COLUMNS + " from watches where id = ?", JdbcWatchStore::map, id).stream().findFirst();
    }

    @Override
    public boolean remove(ChatRef chat, long id) {
        return sql.run(c -> {
            int removed = Sql.update(c, "delete from watches where id = ? and platform = ? and chat_id = ?", id, chat.platform(), chat.id());
            // Alerts still waiting for a watch the chat gave up are not wanted any more.
            if (removed > 0) Sql.update(c, "delete from watch_alerts where watch_id = ? and status = 'QUEUED'", id);
            return removed > 0;
        });
    }

    @Override
    public List<Watch> all() {
        return sql.query("select " + COLUMNS + " from watches order by id", JdbcWatchStore::map);
    }

    private static Watch map(ResultSet rs) throws SQLException {
        return new Watch(rs.getLong("id"), new ChatRef(rs.getString("platform"), rs.getString("chat_id"), ChatType.valueOf(rs.getString("chat_type"))),
                Watch.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }
}
