package io.newsbot.store.jdbc;

import io.newsbot.store.Settings;
import java.util.Optional;

/** {@link Settings} on JDBC. */
public final class JdbcSettings implements Settings {
    private final Jdbc jdbc;

    public JdbcSettings(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<String> get(String name) {
        return jdbc.one("select setting_value from settings where name = ?", rs -> rs.getString(1), name);
    }

    @Override
    public void put(String name, String value) {
        // Update, else insert, else (another instance inserted first) update: no transaction, so a failed insert
        // does not abort one (as it would on PostgreSQL), and last writer wins.
        jdbc.run(c -> {
            if (Jdbc.update(c, "update settings set setting_value = ? where name = ?", value, name) > 0) return null;
            try {
                Jdbc.update(c, "insert into settings (name, setting_value) values (?, ?)", name, value);
            } catch (java.sql.SQLException e) {
                if (!Jdbc.isDuplicateKey(e)) throw e;
                Jdbc.update(c, "update settings set setting_value = ? where name = ?", value, name);
            }
            return null;
        });
    }
}
