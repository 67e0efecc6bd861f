package io.newsbot.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsbot.store.StoreException;
import io.newsbot.store.Transactions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The relational store behind every JDBC port: a pooled {@link DataSource} whose schema Flyway has
 * brought up to date. Opening an older data directory migrates it. The same JDBC classes run on H2 and on
 * PostgreSQL; only migrations differ, by folder (see db/migration/README.txt).
 */
public final class Database implements AutoCloseable, Transactions {
    /** The databases newsbot runs on, and where each one's own migrations live besides the shared ones. */
    public enum Vendor {
        H2("db/h2"), POSTGRESQL("db/postgresql");

        private final String migrations;

        Vendor(String migrations) {
            this.migrations = migrations;
        }
    }

    private static final String SHARED_MIGRATIONS = "db/migration";
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final Vendor vendor;
    /** The connection of the transaction {@link #atomically} runs on this thread, which every store call then joins. */
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    public Database(DataSource dataSource, AutoCloseable closer) {
        this(dataSource, closer, Vendor.H2);
    }

    public Database(DataSource dataSource, AutoCloseable closer, Vendor vendor) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.vendor = vendor;
    }

    /**
     * How the embedded store writes a commit. H2's own default writes commits from a background thread up to half a
     * second later and never forces them to disk, so a killed process loses the last ones. Writing each commit at once
     * also means H2 writes many small chunks, and by default it reuses a dead chunk's space 45 s after it was written;
     * the jar's kill test lost acknowledged commits when that happened to a chunk recovery still needed (reproduced with
     * a short retention time and spaced commits), so chunks are kept a day before their space is reused. The cost is
     * file space: dead chunks of the last day stay in the file (it is compacted when closed).
     */
    public enum Durability {
        /** Every commit is written to the file and forced to the disk before it returns (the default). */
        SYNCED(SyncedFilePath.SCHEME + ":", ";WRITE_DELAY=0;RETENTION_TIME=86400000"),
        /** H2's defaults: commits written in the background within 500 ms, never forced. For measuring the cost only. */
        DELAYED("", "");

        private final String prefix;
        private final String settings;

        Durability(String prefix, String settings) {
            this.prefix = prefix;
            this.settings = settings;
        }
    }

    /**
     * Opens (creating if needed) the embedded H2 store in {@code dataDir}. Fails with a clear message when
     * another running newsbot holds it. A commit is on disk when it returns ({@link Durability#SYNCED}).
     */
    public static Database openH2(Path dataDir) {
        return openH2(dataDir, Durability.SYNCED);
    }

    /** Opens the embedded H2 store with a choice of how commits reach the disk (benchmarks compare the two). */
    public static Database openH2(Path dataDir, Durability durability) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("The data directory " + dataDir + " is not writable.", null);
        }
        if (durability == Durability.SYNCED) SyncedFilePath.register();
        String url = "jdbc:h2:" + (durability.prefix.isEmpty() ? "file:" : durability.prefix) + dataDir.toAbsolutePath().resolve("newsbot")
                + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE" + durability.settings;
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
        Database db = new Database(pool, pool::dispose, Vendor.H2);
        db.migrate();
        if (durability == Durability.SYNCED) syncDirectory(dataDir);
        return db;
    }

    /** A file that was just created is only sure to survive a power cut once its directory entry is on disk too. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for syncing; the store's own writes are still synced.
            org.slf4j.LoggerFactory.getLogger(Database.class).debug("Could not sync the directory {}", dir, e);
        }
    }

    /**
     * Opens the PostgreSQL database at a JDBC URL ({@code jdbc:postgresql://host:port/db}) and brings its
     * schema up to date. Several newsbot instances may share it. The password is never logged.
     */
    public static Database openPostgres(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("The PostgreSQL URL must start with jdbc:postgresql:, e.g. jdbc:postgresql://db.example.com:5432/newsbot.", null);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null && !user.isEmpty()) config.setUsername(user);
        if (password != null && !password.isEmpty()) config.setPassword(password);
        config.setPoolName("newsbot-postgres");
        config.setMaximumPoolSize(16);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1); // fail below with our own message instead of Hikari's
        HikariDataSource pool = new HikariDataSource(config);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("Cannot connect to PostgreSQL at " + withoutQuery(url) + ": " + firstLine(e.getMessage()), e);
        }
        Database db = new Database(pool, pool::close, Vendor.POSTGRESQL);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    /** The URL without its query, which may carry credentials. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** Opens an in-memory H2 store, for tests. Each name is its own database. */
    public static Database inMemory(String name) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        Database db = new Database(pool, () -> {
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("shutdown");
            }
            pool.dispose();
        }, Vendor.H2);
        db.migrate();
        return db;
    }

    void migrate() {
        if (schemaIsCurrent()) return;
        try {
            // Several instances starting at once on one PostgreSQL: Flyway serialises them with a lock.
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:" + SHARED_MIGRATIONS, "classpath:" + vendor.migrations)
                    .load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("Cannot bring the store's schema up to date: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Whether every migration on the class path is already applied, so that Flyway (its scan, validation and lock)
     * can be skipped. Any doubt (no history yet, a failed migration, a class path that cannot be listed) says no.
     */
    private boolean schemaIsCurrent() {
        var available = SchemaVersions.available(Database.class.getClassLoader(), SHARED_MIGRATIONS, vendor.migrations);
        if (available.isEmpty()) return false;
        try (Connection c = dataSource.getConnection()) {
            return SchemaVersions.applied(c).containsAll(available.get());
        } catch (SQLException e) {
            return false; // no history table: a new store, which Flyway creates
        }
    }

    /**
     * Runs work while holding a database-wide lock named by {@code key}, so that of several instances sharing a
     * PostgreSQL database only one runs it at a time (others wait). On H2 the file lock already makes this
     * instance the only one.
     */
    public <T> T exclusively(long key, java.util.function.Supplier<T> work) {
        if (vendor != Vendor.POSTGRESQL) return work.get();
        try (Connection c = connection()) {
            try (var ps = c.prepareStatement("select pg_advisory_lock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
            try {
                return work.get();
            } finally {
                try (var ps = c.prepareStatement("select pg_advisory_unlock(?)")) {
                    ps.setLong(1, key);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot take a lock in the store: " + firstLine(e.getMessage()), e);
        }
    }

    public Vendor vendor() {
        return vendor;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Work on one connection; SQL errors propagate to {@link #run} and {@link #inTransaction}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs the work on a pooled connection, translating SQL errors into one sentence naming {@code what}. Inside
     * {@link #atomically} it runs on that transaction's connection.
     */
    public <T> T run(String what, Work<T> work) {
        Connection joined = transaction.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException(what + " failed: " + firstLine(e.getMessage()), e);
            }
        }
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs the work in one transaction: all of it or none of it. Inside {@link #atomically} it joins that transaction. */
    public <T> T inTransaction(String what, Work<T> work) {
        if (transaction.get() != null) return run(what, work);
        return run(what, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public <T> T atomically(java.util.function.Supplier<T> work) {
        if (transaction.get() != null) return work.get();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                transaction.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("The store could not commit: " + firstLine(e.getMessage()), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
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
