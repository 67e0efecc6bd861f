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
 * Document frequencies of lexemes in the chunk table, for BM25's inverse document frequency. Counting a common
 * word through the GIN index costs milliseconds on a large archive, and frequencies move slowly, so counts are
 * cached for a few minutes (and dropped when this instance commits or clears the index).
 */
final class TermStatistics {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final String ALL = "";
    private static final String LENGTH = " length";
    /** Terms in more than this share of chunks do not select candidates on their own (they still score). */
    private static final double COMMON = 0.1;
    private static final long SMALL = 10_000;

    private record Count(long value, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private volatile long lastTotal;

    TermStatistics(Clock clock) {
        this.clock = clock;
    }

    void forget() {
        counts.clear();
    }

    /** Lucene's BM25 idf of each term: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    double[] idf(Connection c, List<String> terms) throws SQLException {
        long n = count(c, ALL);
        lastTotal = n;
        double[] out = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            long df = count(c, terms.get(i));
            out[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
        return out;
    }

    /**
     * The terms that pick candidate chunks: on a large index, the common ones are left out when rarer ones
     * remain, so a question's "say" or "new" does not make PostgreSQL score half the archive.
     */
    List<String> selective(List<String> terms, double[] idf) {
        long n = lastTotal;
        if (n < SMALL) return terms;
        double commonIdf = Math.log(1 + (n - COMMON * n + 0.5) / (COMMON * n + 0.5));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) if (idf[i] >= commonIdf) out.add(terms.get(i));
        return out.isEmpty() ? terms : out;
    }

    /** The mean number of distinct lexemes in a chunk. */
    double averageLength(Connection c) throws SQLException {
        return count(c, LENGTH) / 1000.0;
    }

    private long count(Connection c, String lexeme) throws SQLException {
        Instant now = clock.instant();
        Count cached = counts.get(lexeme);
        if (cached != null && cached.at().plus(TTL).isAfter(now)) return cached.value();
        long value;
        String sql = switch (lexeme) {
            case ALL -> "select count(*) from " + TABLE;
            case LENGTH -> "select coalesce(round(1000 * avg(length(lexical))), 0) from " + TABLE; // kept as thousandths
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
