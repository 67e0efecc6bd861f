package io.newsbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes benchmark figures into docs/benchmarks.md, one {@code ## Heading} section at a time: a section that exists
 * is replaced up to the next {@code ## } heading, a new one is appended. Sections other tools write are left alone.
 */
final class Report {
    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    void section(String heading, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String marker = "## " + heading + "\n";
        String section = marker + "\n" + body.strip() + "\n\n";
        int at = text.startsWith(marker) ? 0 : text.indexOf("\n" + marker) + 1;
        if (at <= 0 && !text.startsWith(marker)) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", at + marker.length() - 1);
            text = text.substring(0, at) + section + (next < 0 ? "" : text.substring(next + 1));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.stripTrailing() + "\n", StandardCharsets.UTF_8);
    }
}
