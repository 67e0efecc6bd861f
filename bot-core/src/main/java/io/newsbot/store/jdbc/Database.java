package io.newsbot.store.jdbc;

import io.newsbot.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The relational store behind every JDBC port: a pooled {@link DataSource} whose schema Flyway has
 * brought up to date. Opening an older data directory migrates it.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final AutoCloseable closer;

    public Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /**
     * Opens (creating if needed) the embedded H2 store in {@code dataDir}. Fails with a clear message when
     * another running newsbot holds it.
     */
    public static Database openH2(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("The data directory " + dataDir + " is not writable.", null);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("newsbot") + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "newsbot", "");
        pool.setMaxConnections(16);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
                throw new StoreException("The data directory " + dataDir
                        + " is in use by another running newsbot; stop it or choose another --data directory.", e);
            }
            throw new StoreException("Cannot open the store in " + dataDir + ": " + firstLine(e.getMessage()), e);
        }
        Database db = new Database(pool, pool::dispose);
        db.migrate("db/migration");
        return db;
    }

    /** Opens an in-memory H2 store, for tests. Each name is its own database. */
    public static Database inMemory(String name) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        Database db = new Database(pool, () -> {
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("shutdown");
            }
            pool.dispose();
        });
        db.migrate("db/migration");
        return db;
    }

    void migrate(String location) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:" + location).load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("Cannot bring the store's schema up to date: " + firstLine(e.getMessage()), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot reach the store: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException("Cannot close the store cleanly: " + e.getMessage(), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
