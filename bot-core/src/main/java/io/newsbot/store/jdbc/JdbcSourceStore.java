package io.newsbot.store.jdbc;

import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link SourceStore} on JDBC. */
public final class JdbcSourceStore implements SourceStore {
    private static final String SELECT = "select s.id, s.kind, s.location, s.added_by, s.last_fetch_at, s.last_error, "
            + "(select count(*) from articles a where a.source_id = s.id) n from sources s ";
    private final Jdbc jdbc;

    public JdbcSourceStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Source add(Source.Kind kind, String location, String addedBy, Instant at) {
        // A removed source added again comes back, as what it is now (a page may have become a feed).
        if (jdbc.update("update sources set active = true, kind = ? where location = ? and not active", kind.name(), location) > 0) {
            return jdbc.one(SELECT + "where s.location = ?", JdbcSourceStore::map, location).orElseThrow();
        }
        Optional<Source> existing = jdbc.one(SELECT + "where s.location = ?", JdbcSourceStore::map, location);
        if (existing.isPresent()) return existing.get();
        jdbc.run(c -> {
            try {
                return Jdbc.update(c, "insert into sources (kind, location, added_by, added_at) values (?,?,?,?)", kind.name(), location,
                        addedBy, at);
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return 0; // another instance added it first: return theirs
                throw e;
            }
        });
        return jdbc.one(SELECT + "where s.location = ?", JdbcSourceStore::map, location).orElseThrow();
    }

    @Override
    public List<Source> all() {
        return jdbc.query(SELECT + "where s.active order by s.id", JdbcSourceStore::map);
    }

    @Override
    public List<Source> feeds() {
        return jdbc.query(SELECT + "where s.active and s.kind = 'FEED' order by s.id", JdbcSourceStore::map);
    }

    @Override
    public Optional<Source> byId(long id) {
        return jdbc.one(SELECT + "where s.id = ? and s.active", JdbcSourceStore::map, id);
    }

    @Override
    public boolean remove(long id) {
        return jdbc.update("update sources set active = false where id = ? and active", id) > 0;
    }

    @Override
    public void recordFetch(long id, Instant at, String error) {
        jdbc.update("update sources set last_fetch_at = ?, last_error = ? where id = ?", at, error == null ? "" : error, id);
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), Source.Kind.valueOf(rs.getString("kind")), rs.getString("location"),
                rs.getString("added_by"), Jdbc.instant(rs, "last_fetch_at"), rs.getString("last_error"), rs.getLong("n"));
    }
}
