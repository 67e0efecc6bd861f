package io.newsbot.store.jdbc;

import io.newsbot.store.Leases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link Leases} on JDBC. Taking a lease is one conditional update (ours, or expired), else one insert: the primary
 * key lets only one of two instances racing for a new lease win, and no transaction is left aborted by the loser.
 */
public final class JdbcLeases implements Leases {
    private final Jdbc jdbc;

    public JdbcLeases(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean acquire(String name, String holder, Instant now, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("ttl must be positive");
        Instant until = now.plus(ttl);
        return jdbc.run(c -> {
            if (Jdbc.update(c, "update leases set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at <= ?)",
                    holder, until, name, holder, now) == 1) {
                return true;
            }
            try {
                return Jdbc.update(c, "insert into leases (name, holder, expires_at) values (?, ?, ?)", name, holder, until) == 1;
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return false; // someone else holds it, or took it a moment ago
                throw e;
            }
        });
    }

    @Override
    public void release(String name, String holder) {
        jdbc.update("delete from leases where name = ? and holder = ?", name, holder);
    }

    @Override
    public java.util.Optional<String> holder(String name) {
        return jdbc.one("select holder from leases where name = ?", rs -> rs.getString(1), name);
    }

    @Override
    public int releaseAll() {
        return jdbc.update("delete from leases");
    }
}
