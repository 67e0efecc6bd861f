package io.newsbot.store.jdbc;

import io.newsbot.store.EventLedger;
import java.sql.SQLException;
import java.time.Instant;

/** {@link EventLedger} on JDBC: the primary key makes a claim atomic across instances sharing the database. */
public final class JdbcEventLedger implements EventLedger {
    private final Jdbc jdbc;

    public JdbcEventLedger(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean claim(String eventKey, Instant at) {
        return jdbc.run(c -> {
            try {
                return Jdbc.update(c, "insert into processed_events (event_key, processed_at) values (?, ?)", eventKey, at) == 1;
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return false;
                throw e;
            }
        });
    }

    @Override
    public boolean isClaimed(String eventKey) {
        return jdbc.count("select count(*) from processed_events where event_key = ?", eventKey) > 0;
    }

    @Override
    public int purgeBefore(Instant before) {
        return jdbc.update("delete from processed_events where processed_at < ?", before);
    }
}
