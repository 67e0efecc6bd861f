package io.newsbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionsTest {
    @TempDir
    Path dir;

    @Test
    void a_migrated_store_has_every_migration_on_the_class_path_so_flyway_is_skipped() throws Exception {
        // Given a store Flyway brought up to date
        Database db = Database.inMemory("schema-versions");
        try (Connection c = db.connection()) {
            // Then what it applied covers every migration file the class path carries
            Set<String> available = SchemaVersions.available(getClass().getClassLoader(), "db/migration", "db/h2").orElseThrow();
            assertThat(available).contains("1", "2", "9");
            assertThat(SchemaVersions.applied(c)).containsAll(available);
        } finally {
            db.close();
        }
    }

    @Test
    void a_migration_the_store_lacks_makes_it_not_current() throws Exception {
        Database db = Database.inMemory("schema-versions-lacking");
        try (Connection c = db.connection()) {
            c.createStatement().execute("delete from \"flyway_schema_history\" where \"version\" = '9'");
            Set<String> available = SchemaVersions.available(getClass().getClassLoader(), "db/migration", "db/h2").orElseThrow();
            assertThat(SchemaVersions.applied(c).containsAll(available)).isFalse();
        } finally {
            db.close();
        }
    }

    @Test
    void a_failed_migration_is_never_current() throws Exception {
        Database db = Database.inMemory("schema-versions-failed");
        try (Connection c = db.connection()) {
            c.createStatement().execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '9'");
            assertThat(SchemaVersions.applied(c)).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void migrations_are_listed_from_a_jar_with_flyways_versions_and_nothing_else() throws Exception {
        // Given a jar holding migrations, a sub-folder's file and a file that is no migration (with folder entries, as
        // Maven's jar and shade plugins write them)
        Path jar = dir.resolve("m.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : new String[] {"db/", "db/migration/", "db/migration/sub/", "db/other/"}) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String name : new String[] {"db/migration/V1__first.sql", "db/migration/V2_1__second.sql", "db/migration/README.txt",
                    "db/migration/sub/V7__elsewhere.sql", "db/other/V8__other.sql"}) {
                out.putNextEntry(new JarEntry(name));
                out.write("select 1;".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            // Then the versions are the folder's own, as Flyway reads them
            assertThat(SchemaVersions.available(loader, "db/migration")).contains(Set.of("1", "2.1"));
        }
    }

    @Test
    void a_location_with_no_migrations_leaves_the_decision_to_flyway() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(SchemaVersions.available(loader, "db/migration")).isEmpty();
        }
    }
}
