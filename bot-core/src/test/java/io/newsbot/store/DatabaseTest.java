package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.store.jdbc.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opening_a_data_directory_of_the_first_version_migrates_it_to_the_latest_schema() throws Exception {
        // Given a store written by the first version of newsbot, with an admin in it
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("newsbot") + ";FILE_LOCK=FILE";
        JdbcConnectionPool old = JdbcConnectionPool.create(url, "newsbot", "");
        Flyway.configure().dataSource(old).locations("classpath:db/migration", "classpath:db/h2").target("1").load().migrate();
        try (Connection c = old.getConnection()) {
            c.createStatement().execute("insert into admins (platform, user_id, granted_by, granted_at) values ('slack','U1','console',now())");
        }
        old.dispose();
        // When the current version opens it
        try (Database db = Database.openH2(dir)) {
            // Then every migration is applied and the data is kept
            Flyway flyway = Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration", "classpath:db/h2").load();
            MigrationInfo[] pending = flyway.info().pending();
            assertThat(pending).isEmpty();
            assertThat(flyway.info().applied()).hasSize(flyway.info().all().length);
            try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from admins")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
