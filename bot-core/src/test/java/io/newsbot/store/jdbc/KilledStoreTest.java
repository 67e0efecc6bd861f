package io.newsbot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit the store has acknowledged survives the process being killed with SIGKILL right after it. */
class KilledStoreTest {
    @TempDir
    Path dir;

    @Test
    void every_acknowledged_commit_is_there_after_the_process_is_killed() throws Exception {
        // Given a process that commits 200 admin grants and acknowledges each one
        int grants = 200;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GrantsUntilKilled.class.getName(),
                dir.toString(), Database.Durability.SYNCED.name(), Integer.toString(grants))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < grants && (line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) acknowledged = Integer.parseInt(line.substring(13));
            }
            // When it is killed (SIGKILL: no shutdown hook, no clean close) right after the last acknowledgement
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(grants);
        // Then every acknowledged grant is in the store when it is opened again
        try (Database db = Database.openH2(dir)) {
            assertThat(new JdbcAdminStore(db).all()).hasSize(grants);
        }
    }
}
