package io.newsbot.testing;

import io.newsbot.store.jdbc.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * A fresh, migrated database for each test: in-memory H2, or a new schema in the PostgreSQL that
 * {@code NEWSBOT_TEST_PG_URL} points to (started by .ci/run). Without that variable the PostgreSQL tests are
 * skipped, so {@code mvn verify} still runs with nothing but a JDK and Maven.
 *
 * <pre>{@code @RegisterExtension final TestDatabase db = TestDatabase.postgres();}</pre>
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {
    public static final String URL_VARIABLE = "NEWSBOT_TEST_PG_URL";
    private final boolean postgres;
    private Database database;
    private String schema;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    /** The PostgreSQL URL for tests, skipping the calling test when there is none. */
    public static String postgresUrl() {
        String url = System.getenv(URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set: no PostgreSQL to test against (.ci/run starts one)");
        return url;
    }

    /** Creates an empty schema and returns a URL whose connections work in it (with {@code public} for extensions). */
    public static String newSchemaUrl(String schema) {
        String url = postgresUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema " + schema + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    public static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    public static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (postgres) {
            schema = uniqueName();
            database = Database.openPostgres(newSchemaUrl(schema), null, null);
        } else {
            database = Database.inMemory(uniqueName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) database.close();
        if (schema != null) dropSchema(schema);
    }

    /**
     * Names the database in a failure: one contract class runs on H2 and on PostgreSQL under the same class name
     * ({@code JdbcStoreContracts}), so the report alone would not say which one failed.
     */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException) throw failure;
        throw new AssertionError("On " + (postgres ? "PostgreSQL" : "H2") + ": " + failure.getMessage(), failure);
    }

    public Database get() {
        return database;
    }
}
