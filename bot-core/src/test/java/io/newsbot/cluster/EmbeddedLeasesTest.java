package io.newsbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded store there is no other instance: a restart takes the work at once instead of waiting out its own old lease. */
class EmbeddedLeasesTest {
    @TempDir
    Path dir;

    @Test
    void a_restart_on_the_embedded_store_finds_the_leases_of_its_crashed_run_free() {
        try (NewsbotCore crashed = TestCore.open(dir)) {
            // The run that crashed held the polling lease and never gave it up.
            assertThat(crashed.leases().acquire("telegram-polling:1", "crashed-run", TestCore.NOW, Duration.ofSeconds(30))).isTrue();
        }

        try (NewsbotCore restarted = TestCore.open(dir)) {
            assertThat(restarted.leases().acquire("telegram-polling:1", restarted.instanceId(), TestCore.NOW, Duration.ofSeconds(30))).isTrue();
        }
    }
}
