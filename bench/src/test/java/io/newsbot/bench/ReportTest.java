package io.newsbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    @Test
    void creates_the_file_with_a_title_and_the_section() throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");

        new Report(file).section("Speed", "fast");

        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## Speed\n\nfast\n");
    }

    @Test
    void replaces_its_own_section_and_keeps_the_others_in_place() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## Digest summaries\n\nROUGE\n\n## Speed\n\nslow\nvery slow\n\n## PostgreSQL\n\npg\n");

        new Report(file).section("Speed", "fast");

        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## Digest summaries\n\nROUGE\n\n## Speed\n\nfast\n\n## PostgreSQL\n\npg\n");
    }

    @Test
    void appends_a_section_that_is_not_there_yet() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## PostgreSQL\n\npg\n");

        new Report(file).section("Who said what", "F1");

        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## PostgreSQL\n\npg\n\n## Who said what\n\nF1\n");
    }

    @Test
    void a_heading_that_only_starts_like_ours_is_not_ours() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## Speed of digests\n\nx\n");

        new Report(file).section("Speed", "fast");

        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\n\n## Speed of digests\n\nx\n\n## Speed\n\nfast\n");
    }
}
