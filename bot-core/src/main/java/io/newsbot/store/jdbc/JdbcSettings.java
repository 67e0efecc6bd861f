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
        jdbc.inTransaction(c -> {
            if (Jdbc.update(c, "update settings set setting_value = ? where name = ?", value, name) == 0) {
                Jdbc.update(c, "insert into settings (name, setting_value) values (?, ?)", name, value);
            }
            return null;
        });
    }
}
