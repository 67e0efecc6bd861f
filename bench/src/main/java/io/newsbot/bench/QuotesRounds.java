package io.newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The prose of the later attribution rounds (what each tried, kept and dropped, with its figures), kept in
 * {@code quotes-rounds.md} beside the classes so that a re-run of the benchmark writes it back into docs/benchmarks.md.
 */
final class QuotesRounds {
    private QuotesRounds() {
    }

    static String text() {
        try (InputStream in = QuotesRounds.class.getResourceAsStream("/quotes-rounds.md")) {
            if (in == null) throw new IllegalStateException("quotes-rounds.md is missing from the benchmark's resources");
            return "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read quotes-rounds.md", e);
        }
    }
}
