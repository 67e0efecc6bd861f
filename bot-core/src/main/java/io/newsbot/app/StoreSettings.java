package io.newsbot.app;

import io.newsbot.store.jdbc.Database;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store and the search index live: the embedded H2 store with a Lucene index in the data directory
 * (one instance), or a PostgreSQL database shared by several instances (store and index both in it).
 * {@link #toString()} never shows the password, nor the URL's query, which may carry one.
 *
 * @param kind        which of the two
 * @param postgresUrl the JDBC URL ({@code jdbc:postgresql://host:port/db}) when the kind is POSTGRES, else empty
 * @param user        the PostgreSQL user, or empty (for example when the URL carries it)
 * @param password    the PostgreSQL password, or empty
 */
public record StoreSettings(Kind kind, String postgresUrl, String user, String password) {
    /** The stores newsbot runs on. */
    public enum Kind { H2, POSTGRES }

    public static final StoreSettings EMBEDDED = new StoreSettings(Kind.H2, "", "", "");

    public StoreSettings {
        Objects.requireNonNull(kind, "kind");
        postgresUrl = postgresUrl == null ? "" : postgresUrl.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (kind == Kind.POSTGRES && !postgresUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("postgresUrl must start with jdbc:postgresql: when the store is postgres");
        }
    }

    public static StoreSettings postgres(String url, String user, String password) {
        return new StoreSettings(Kind.POSTGRES, url, user, password);
    }

    /** Opens (and migrates) the store these settings name; H2 lives in {@code dataDir}. */
    public Database open(Path dataDir) {
        return kind == Kind.H2 ? Database.openH2(dataDir) : Database.openPostgres(postgresUrl, user, password);
    }

    @Override
    public String toString() {
        if (kind == Kind.H2) return "StoreSettings[kind=H2]";
        int q = postgresUrl.indexOf('?');
        return "StoreSettings[kind=POSTGRES, postgresUrl=" + (q < 0 ? postgresUrl : postgresUrl.substring(0, q) + "?...") + ", user="
                + user + ", password=" + (password.isEmpty() ? "unset" : "set") + "]";
    }
}
