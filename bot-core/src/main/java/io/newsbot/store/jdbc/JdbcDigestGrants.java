package io.newsbot.store.jdbc;

import io.newsbot.store.DigestGrants;
import java.time.Instant;
import java.util.List;

/** {@link DigestGrants} on JDBC. */
public final class JdbcDigestGrants implements DigestGrants {
    private final Jdbc jdbc;

    public JdbcDigestGrants(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean isGranted(String chatKey) {
        return jdbc.count("select count(*) from digest_grants where chat_key = ?", chatKey) > 0;
    }

    @Override
    public boolean grant(String chatKey, String grantedBy, Instant at) {
        return jdbc.run(c -> {
            try {
                return Jdbc.update(c, "insert into digest_grants (chat_key, granted_by, granted_at) values (?,?,?)", chatKey, grantedBy, at) > 0;
            } catch (java.sql.SQLException e) {
                if (Jdbc.isDuplicateKey(e)) return false;
                throw e;
            }
        });
    }

    @Override
    public boolean revoke(String chatKey) {
        return jdbc.update("delete from digest_grants where chat_key = ?", chatKey) > 0;
    }

    @Override
    public List<String> all() {
        return jdbc.query("select chat_key from digest_grants order by chat_key", rs -> rs.getString(1));
    }
}
