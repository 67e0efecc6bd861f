package io.newsbot.ingest;

import io.newsbot.article.ArticleStore.PutOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param added      new articles
 * @param replaced   articles whose text changed
 * @param unchanged  articles already stored as they are
 * @param duplicates articles whose text is already stored under another locator
 * @param failures   one sentence per item that could not be ingested
 * @param notes      one sentence each for what a reader should know of how an article was read: what was cut to the
 *                   content limits, a file that was not UTF-8
 */
public record IngestReport(int added, int replaced, int unchanged, int duplicates, List<String> failures, List<String> notes) {
    public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, List.of(), List.of());

    public IngestReport {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public IngestReport(int added, int replaced, int unchanged, int duplicates, List<String> failures) {
        this(added, replaced, unchanged, duplicates, failures, List.of());
    }

    IngestReport plus(PutOutcome outcome) {
        return new IngestReport(added + (outcome == PutOutcome.ADDED ? 1 : 0), replaced + (outcome == PutOutcome.REPLACED ? 1 : 0),
                unchanged + (outcome == PutOutcome.UNCHANGED ? 1 : 0), duplicates + (outcome == PutOutcome.DUPLICATE ? 1 : 0), failures, notes);
    }

    IngestReport withNotes(List<String> more) {
        if (more.isEmpty()) return this;
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new IngestReport(added, replaced, unchanged, duplicates, failures, all);
    }

    IngestReport withFailures(List<String> more) {
        List<String> all = new ArrayList<>(failures);
        all.addAll(more);
        return new IngestReport(added, replaced, unchanged, duplicates, all, notes);
    }

    /** One line for people: "2 added, 1 unchanged, 1 failed". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(added + " added");
        if (replaced > 0) parts.add(replaced + " updated");
        if (unchanged > 0) parts.add(unchanged + " unchanged");
        if (duplicates > 0) parts.add(duplicates + " duplicates skipped");
        if (!failures.isEmpty()) parts.add(failures.size() + " failed");
        return String.join(", ", parts);
    }
}
