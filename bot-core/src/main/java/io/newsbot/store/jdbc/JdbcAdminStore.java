package io.newsbot.store.jdbc;

import io.newsbot.store.AdminStore;
import java.time.Instant;
import java.util.List;

/** {@link AdminStore} on JDBC. */
public final class JdbcAdminStore implements AdminStore {
    private final Jdbc jdbc;

    public JdbcAdminStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean isAdmin(String userKey) {
        String[] p = split(userKey);
        return jdbc.count("select count(*) from admins where platform = ? and user_id = ?", p[0], p[1]) > 0;
    }

    @Override
    public boolean grant(String userKey, String grantedBy, Instant at) {
        if (isAdmin(userKey)) return false;
        String[] p = split(userKey);
        return jdbc.run(c -> {
            try {
                return Jdbc.update(c, "insert into admins (platform, user_id, granted_by, granted_at) values (?,?,?,?)", p[0], p[1], grantedBy, at) > 0;
            } catch (java.sql.SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return false;
                throw e;
            }
        });
    }

    @Override
    public boolean revoke(String userKey) {
        String[] p = split(userKey);
        return jdbc.update("delete from admins where platform = ? and user_id = ?", p[0], p[1]) > 0;
    }

    @Override
    public List<String> all() {
        return jdbc.query("select platform, user_id from admins order by platform, user_id", rs -> rs.getString(1) + ":" + rs.getString(2));
    }

    private static String[] split(String userKey) {
        int colon = userKey.indexOf(':');
        if (colon <= 0 || colon == userKey.length() - 1) throw new IllegalArgumentException("userKey must look like platform:userId");
        return new String[] {userKey.substring(0, colon), userKey.substring(colon + 1)};
    }
}
