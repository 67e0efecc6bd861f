package io.newsbot.index.postgres;

import static io.newsbot.index.postgres.PostgresSearchIndex.TABLE;

import io.newsbot.index.Passage;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import io.newsbot.index.RankFusion;
import io.newsbot.index.SentenceCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the lexical and vector halves of a search in PostgreSQL and fuses them as the embedded index does.
 *
 * <p>PostgreSQL's own {@code ts_rank} has no inverse document frequency, so a question's common words would weigh as
 * much as its rare names. Chunks matching the question (through the GIN index) are therefore scored by BM25 in SQL,
 * with Lucene's idf from document frequencies that {@link TermStatistics} counts and caches. Lexical coverage is the
 * idf-weighted share of the question's terms in the best chunk: what BM25 scores for each term once at average
 * length, over the most the terms could score (the embedded index's measure).
 */
final class PostgresQueries {
    private static final double K1 = 1.2; // Lucene's BM25Similarity defaults
    private static final double B = 0.75;
    private final VectorColumn vectors;
    private final boolean iterativeScans;
    private final RankFusion fusion;
    private final TermStatistics statistics;

    /** @param iterativeScans whether pgvector can go on walking HNSW until a filtered query has enough rows (0.8 and later) */
    PostgresQueries(VectorColumn vectors, boolean iterativeScans, RankFusion fusion, Clock clock) {
        this.vectors = vectors;
        this.iterativeScans = iterativeScans;
        this.fusion = fusion;
        this.statistics = new TermStatistics(clock);
    }

    void forgetStatistics() {
        statistics.forget();
    }

    private record Hit(long articleId, int ordinal, String sentences, double value) {
        String key() {
            return articleId + ":" + ordinal;
        }
    }

    SearchResult search(Connection c, SearchQuery query) throws SQLException {
        int depth = Math.max(fusion.depth(), query.k());
        List<String> terms = terms(c, query.text());
        List<Hit> lexical = List.of();
        double coverage = 0;
        if (!terms.isEmpty()) {
            TermStatistics.Stats stats = statistics.stats(c, terms);
            double sum = 0;
            for (double w : stats.idf()) sum += w;
            List<Hit> matched = new ArrayList<>();
            lexical = lexical(c, terms, stats, query.filter(), depth, matched);
            if (!matched.isEmpty() && sum > 0) coverage = Math.min(1.0, matched.get(0).value() / sum);
        }
        List<Hit> nearest = List.of();
        if (query.vector() != null && fusion.vectorWeight() > 0) nearest = nearest(c, query.vector(), query.filter(), depth);
        return fuse(lexical, nearest, query.k(), coverage);
    }

    /** The question's distinct English lexemes, as PostgreSQL stems them for the index. */
    private static List<String> terms(Connection c, String text) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select lexeme from unnest(to_tsvector('english', ?))")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A tsquery literal of one lexeme, quoted so that no character of it is read as an operator. */
    static String tsquery(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String anyOf(List<String> lexemes) {
        return join(lexemes, " | ");
    }

    static String allOf(List<String> lexemes) {
        return join(lexemes, " & ");
    }

    private static String join(List<String> lexemes, String operator) {
        List<String> quoted = new ArrayList<>();
        for (String l : lexemes) quoted.add(tsquery(l));
        return String.join(operator, quoted);
    }

    private List<Hit> lexical(Connection c, List<String> terms, TermStatistics.Stats stats, SearchQuery.Filter filter, int depth,
                              List<Hit> matched) throws SQLException {
        // BM25 per candidate chunk over the lexemes it shares with the question: idf * tf / (tf + k1 * (1 - b + b * dl / avgdl)),
        // with tf the lexeme's positions and dl the chunk's distinct lexemes. The candidates are bounded (twice the
        // target, for questions of common words only), so the cost does not grow with the archive.
        double[] idf = stats.idf();
        String sql = "select c.article_id, c.ordinal, c.sentences, s.score, s.share from (select article_id, ordinal, sentences, lexical from "
                + TABLE + " where lexical @@ cast(? as tsquery)" + filterSql(filter) + " limit " + 2 * TermStatistics.CANDIDATES + ") c, lateral ("
                + "select coalesce(sum(t.idf * cardinality(u.positions) / (cardinality(u.positions) + ?::float8 * "
                + "(1 - ?::float8 + ?::float8 * length(c.lexical) / ?::float8))), 0) as score, coalesce(sum(t.idf), 0) as share "
                // Only the question's lexemes are unnested: ts_filter keeps those setweight marked, in C, which is
                // several times cheaper than unnesting the whole chunk.
                + "from unnest(ts_filter(setweight(c.lexical, 'A', ?), '{a}')) u join unnest(?, ?) as t(lexeme, idf) on u.lexeme = t.lexeme) s "
                + "order by s.score desc, c.article_id, c.ordinal limit ?";
        Double[] weights = new Double[idf.length];
        for (int i = 0; i < idf.length; i++) weights[i] = idf[i];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, TermStatistics.candidates(terms, stats.df()));
            p = bindFilter(c, ps, p, filter);
            ps.setDouble(p++, K1);
            ps.setDouble(p++, B);
            ps.setDouble(p++, B);
            ps.setDouble(p++, Math.max(1.0, statistics.averageLength(c)));
            ps.setArray(p++, c.createArrayOf("text", terms.toArray()));
            ps.setArray(p++, c.createArrayOf("text", terms.toArray()));
            ps.setArray(p++, c.createArrayOf("float8", weights));
            ps.setInt(p, depth);
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4)));
                    if (matched.isEmpty()) matched.add(new Hit(rs.getLong(1), rs.getInt(2), "", rs.getDouble(5)));
                }
            }
            return hits;
        }
    }

    /** Filters matching fewer chunks than this are searched exactly, past the HNSW index. */
    static final int EXACT_BELOW = 20_000;

    private List<Hit> nearest(Connection c, float[] vector, SearchQuery.Filter filter, int depth) throws SQLException {
        boolean exact = vectors == VectorColumn.ARRAY || exactFor(c, filter);
        if (!exact) {
            // HNSW filters after the graph walk: look at more candidates than wanted so a filter still leaves enough.
            boolean filtered = !filterSql(filter).isEmpty();
            try (Statement s = c.createStatement()) {
                s.execute("set local hnsw.ef_search = " + Math.max(40, Math.min(1000, depth * (filtered ? 8 : 2))));
                // A broad filter can still leave too few of the rows HNSW found; pgvector 0.8 can walk on until enough
                // pass (the order may loosen slightly: hits are sorted again in Java).
                if (filtered && iterativeScans) s.execute("set local hnsw.iterative_scan = relaxed_order");
            }
        }
        String sql = exact ? exactNearestSql(vectors, filter) : nearestSql(vectors, filter);
        String literal = vectors.literal(vector);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, literal);
            p = bindFilter(c, ps, p, filter);
            ps.setString(p++, literal);
            ps.setInt(p, depth);
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) hits.add(new Hit(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4)));
            }
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.value()).thenComparingLong(Hit::articleId).thenComparingInt(Hit::ordinal));
            return hits;
        }
    }

    /**
     * The nearest chunks to a vector ({@code ?} for the vector twice, the filter's values, and the limit), ordered by
     * distance alone: a second sort key (for ties) would keep PostgreSQL from walking the HNSW index; it would scan
     * and sort the whole table instead. Ties are broken in Java.
     */
    static String nearestSql(VectorColumn vectors, SearchQuery.Filter filter) {
        String parameter = "cast(? as " + vectors.cast() + ")";
        return "select article_id, ordinal, sentences, " + vectors.cosine("embedding", parameter) + " as cosine from " + TABLE
                + " where embedding is not null" + filterSql(filter) + " order by " + vectors.orderBy("embedding", parameter) + " limit ?";
    }

    /**
     * Whether a filtered query should skip the HNSW index: a date or publisher filter that leaves few chunks is answered
     * faster and completely by reading those chunks (through the date and publisher indexes) than by walking the
     * graph and dropping what does not pass.
     */
    static boolean exactFor(Connection c, SearchQuery.Filter filter) throws SQLException {
        if (filterSql(filter).isEmpty()) return false;
        try (PreparedStatement ps = c.prepareStatement("select count(*) from (select 1 from " + TABLE + " where embedding is not null"
                + filterSql(filter) + " limit " + EXACT_BELOW + ") t")) {
            bindFilter(c, ps, 1, filter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) < EXACT_BELOW;
            }
        }
    }

    /** As {@link #nearestSql}, ordered by an expression no index serves, so PostgreSQL reads the filtered rows and sorts them. */
    static String exactNearestSql(VectorColumn vectors, SearchQuery.Filter filter) {
        String parameter = "cast(? as " + vectors.cast() + ")";
        return "select article_id, ordinal, sentences, " + vectors.cosine("embedding", parameter) + " as cosine from " + TABLE
                + " where embedding is not null" + filterSql(filter) + " order by " + vectors.cosine("embedding", parameter) + " desc limit ?";
    }

    private static String filterSql(SearchQuery.Filter f) {
        StringBuilder sb = new StringBuilder();
        if (f.from() != null) sb.append(" and published_at >= ?");
        if (f.to() != null) sb.append(" and published_at < ?");
        if (!f.publishers().isEmpty()) sb.append(" and publisher = any(?)");
        if (!f.articleIds().isEmpty()) sb.append(" and article_id = any(?)");
        return sb.toString();
    }

    private static int bindFilter(Connection c, PreparedStatement ps, int p, SearchQuery.Filter f) throws SQLException {
        if (f.from() != null) ps.setObject(p++, f.from().atOffset(ZoneOffset.UTC));
        if (f.to() != null) ps.setObject(p++, f.to().atOffset(ZoneOffset.UTC));
        if (!f.publishers().isEmpty()) ps.setArray(p++, c.createArrayOf("text", f.publishers().toArray()));
        if (!f.articleIds().isEmpty()) ps.setArray(p++, c.createArrayOf("bigint", f.articleIds().toArray()));
        return p;
    }

    private SearchResult fuse(List<Hit> lexical, List<Hit> nearest, int k, double coverage) {
        Map<String, int[]> ranks = new LinkedHashMap<>();
        Map<String, Hit> hits = new LinkedHashMap<>();
        Map<String, Double> cosines = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        double top = lexical.isEmpty() ? 0 : lexical.get(0).value();
        for (int i = 0; i < lexical.size(); i++) {
            Hit h = lexical.get(i);
            ranks.computeIfAbsent(h.key(), x -> new int[2])[0] = i + 1;
            hits.putIfAbsent(h.key(), h);
            // The share of the attainable BM25 score, as the embedded index fuses it: the top hit's share is the coverage.
            shares.put(h.key(), top > 0 ? coverage * h.value() / top : 0);
        }
        double bestCosine = 0;
        for (int i = 0; i < nearest.size(); i++) {
            Hit h = nearest.get(i);
            ranks.computeIfAbsent(h.key(), x -> new int[2])[1] = i + 1;
            hits.putIfAbsent(h.key(), h);
            cosines.put(h.key(), h.value());
            bestCosine = Math.max(bestCosine, h.value());
        }
        List<String> ranked = new ArrayList<>(ranks.keySet());
        java.util.function.ToDoubleFunction<String> fused = key -> fusion.score(ranks.get(key)[0], shares.getOrDefault(key, 0.0),
                ranks.get(key)[1], cosines.getOrDefault(key, Double.NaN));
        ranked.sort(Comparator.<String>comparingDouble(key -> -fused.applyAsDouble(key))
                .thenComparingLong(key -> hits.get(key).articleId()).thenComparingInt(key -> hits.get(key).ordinal()));
        List<Passage> passages = new ArrayList<>();
        for (String key : ranked.subList(0, Math.min(k, ranked.size()))) {
            int[] r = ranks.get(key);
            Hit h = hits.get(key);
            passages.add(new Passage(h.articleId(), h.ordinal(), SentenceCodec.decode(h.sentences()), fused.applyAsDouble(key), r[0], r[1],
                    cosines.getOrDefault(key, Double.NaN)));
        }
        return new SearchResult(passages, coverage, bestCosine);
    }
}
