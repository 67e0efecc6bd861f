package io.newsbot.story.jdbc;

import io.newsbot.story.DocumentFrequencies;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document frequencies held in memory for a database this process alone writes (embedded H2): every count read
 * or counted up since opening, and the increments not yet written. On H2 a placement's counts rewrite a page of the
 * term table for most of its ~400 terms at every commit; written for many placements at once, the pages are shared.
 * Not thread-safe: {@link JdbcStoryStore} calls it under one lock, together with the reads and writes it mirrors.
 */
final class TermCounts {
    /** Placements whose counts are written together. */
    static final int BATCH = 32;
    /** Counts kept before the cache is emptied (after a write, so nothing pending is lost). */
    private static final int KEPT = 500_000;
    private final Map<String, Integer> known = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private int placements;

    /** The terms whose counts must be read from the database before {@link #frequencies} can answer. */
    Collection<String> missing(Collection<String> terms) {
        return terms.stream().filter(t -> !known.containsKey(t)).toList();
    }

    /** Records counts read from the database; a requested term it has no row for is used by no article. */
    void read(Collection<String> requested, Map<String, Integer> found) {
        for (String t : requested) known.put(t, found.getOrDefault(t, 0) + pending.getOrDefault(t, 0));
    }

    /** The counts of the terms, all of which are known, with the number of articles counted. */
    DocumentFrequencies frequencies(Collection<String> terms, String all) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : terms) {
            int n = known.get(t);
            if (n > 0) counts.put(t, n);
        }
        return new DocumentFrequencies(known.getOrDefault(all, 0), counts);
    }

    /** Increments to write with this placement, in term order, or an empty map when they can wait for later ones. */
    Map<String, Integer> due(Collection<String> counted) {
        if (placements + 1 < BATCH) return Map.of();
        return withPending(counted);
    }

    /** Every pending increment, in term order: what to write before closing. */
    Map<String, Integer> pending() {
        return new TreeMap<>(pending);
    }

    /** Counts a committed placement in; {@code written} says whether the pending increments went with it. */
    void placed(Collection<String> counted, boolean written) {
        for (String t : counted) {
            known.computeIfPresent(t, (k, n) -> n + 1);
        }
        if (written) {
            written();
        } else {
            for (String t : counted) pending.merge(t, 1, Integer::sum);
            placements++;
        }
    }

    /** The pending increments are in the database. */
    void written() {
        pending.clear();
        placements = 0;
        if (known.size() > KEPT) known.clear();
    }

    private Map<String, Integer> withPending(Collection<String> counted) {
        Map<String, Integer> out = new TreeMap<>(pending);
        for (String t : counted) out.merge(t, 1, Integer::sum);
        return out;
    }
}
