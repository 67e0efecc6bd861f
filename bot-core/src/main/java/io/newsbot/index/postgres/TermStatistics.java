package io.newsbot.index.postgres;

import static io.newsbot.index.postgres.PostgresSearchIndex.TABLE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document frequencies of lexemes in the chunk table, for BM25's inverse document frequency. Frequencies move
 * slowly, so they are cached for a few minutes (and dropped when this instance commits or clears the index). On a
 * small table they are counted exactly. On a large one, counting a common word through the GIN index takes most of
 * a second, so the common words' frequencies come from the statistics ANALYZE keeps for the column (the most common
 * lexemes and the share of chunks holding each), the chunk count from the planner's row estimate, and the mean chunk
 * length from a 1% sample; only the rarer words, which are cheap to count, are counted.
 */
final class TermStatistics {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String ALL = "";
    private static final String LENGTH = " length";
    private static final String COMMON = " common";
    /** From this many chunks on, frequencies are estimated as above. */
    static final long LARGE = 100_000;
    private final long large;
    /** About how many chunks the lexical half scores: the question's rarest terms pick them (see {@link #candidates}). */
    static final int CANDIDATES = 1_000;

    private record Count(long value, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private volatile Map<String, Double> commonShares = Map.of();

    TermStatistics(Clock clock) {
        this(clock, LARGE);
    }

    /** @param large from how many chunks on frequencies are estimated (tests lower it) */
    TermStatistics(Clock clock, long large) {
        this.clock = clock;
        this.large = large;
    }

    void forget() {
        counts.clear();
        commonShares = Map.of();
    }

    /** The chunk count, and each term's document frequency and Lucene BM25 idf: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    record Stats(long total, long[] df, double[] idf) {
    }

    Stats stats(Connection c, List<String> terms) throws SQLException {
        long n = count(c, ALL);
        Map<String, Double> shares = n >= large ? commonShares(c) : Map.of();
        long[] df = new long[terms.size()];
        double[] idf = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            Double share = shares.get(terms.get(i));
            df[i] = share != null ? Math.round(share * n) : count(c, terms.get(i));
            idf[i] = Math.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5));
        }
        return new Stats(n, df, idf);
    }

    /** The share of chunks holding each of the column's most common lexemes, as ANALYZE last measured it (refreshed with the cache). */
    private Map<String, Double> commonShares(Connection c) throws SQLException {
        Count loaded = counts.get(COMMON);
        if (loaded != null && loaded.at().plus(TTL).isAfter(clock.instant())) return commonShares;
        Map<String, Double> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select u.lexeme, u.share from pg_stats s, "
                + "unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(lexeme, share) "
                + "where s.schemaname = (select relnamespace::regnamespace::text from pg_class where oid = to_regclass(?)) "
                + "and s.tablename = ? and s.attname = 'lexical' and u.lexeme is not null")) {
            ps.setString(1, TABLE);
            ps.setString(2, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getDouble(2));
            }
        }
        commonShares = Map.copyOf(out);
        counts.put(COMMON, new Count(out.size(), clock.instant()));
        return commonShares;
    }

    /**
     * The tsquery that picks the chunks to score, so a question costs about the same on a large archive as on a small
     * one: the question's rarest terms, OR-ed, adding terms from the rarest up while they match at most
     * {@link #CANDIDATES} chunks in all (at least one term). Chunks with only the question's common words are left out:
     * BM25 weighs a common word so little that they would rarely make the top. When even the rarest term is in more
     * chunks than that, a chunk must hold all the question's terms.
     */
    static String candidates(List<String> terms, long[] df) {
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> df[i]));
        List<String> picked = new ArrayList<>();
        long matched = 0;
        for (int i : order) {
            if (!picked.isEmpty() && matched + df[i] > CANDIDATES) break;
            picked.add(terms.get(i));
            matched += df[i];
        }
        if (matched > CANDIDATES && terms.size() > 1) return PostgresQueries.allOf(terms);
        return PostgresQueries.anyOf(picked);
    }

    /** The mean number of distinct lexemes in a chunk. */
    double averageLength(Connection c) throws SQLException {
        return count(c, LENGTH) / 1000.0;
    }

    /** The planner's estimate of the chunk count (from the last VACUUM or ANALYZE; -1 or 0 before the first). */
    private static long estimatedRows(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select reltuples::bigint from pg_class where oid = to_regclass(?)")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private long count(Connection c, String lexeme) throws SQLException {
        Instant now = clock.instant();
        Count cached = counts.get(lexeme);
        if (cached != null && cached.at().plus(TTL).isAfter(now)) return cached.value();
        long value;
        long estimate = lexeme.equals(ALL) || lexeme.equals(LENGTH) ? estimatedRows(c) : 0;
        String sql = switch (lexeme) {
            case ALL -> estimate >= large ? "select " + estimate : "select count(*) from " + TABLE;
            // kept as thousandths
            case LENGTH -> "select coalesce(round(1000 * avg(length(lexical))), 0) from " + TABLE + (estimate >= large ? " tablesample system (1)" : "");
            default -> "select count(*) from " + TABLE + " where lexical @@ cast(? as tsquery)";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!lexeme.equals(ALL) && !lexeme.equals(LENGTH)) ps.setString(1, PostgresQueries.tsquery(lexeme));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                value = rs.getLong(1);
            }
        }
        if (counts.size() > 50_000) counts.clear(); // bounded: a long-running instance sees many words
        counts.put(lexeme, new Count(value, now));
        return value;
    }
}
