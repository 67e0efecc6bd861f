package io.newsbot.index.postgres;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import io.newsbot.index.RankFusion;
import io.newsbot.index.SentenceCodec;
import io.newsbot.store.jdbc.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchIndex} in PostgreSQL, shared by every newsbot instance on the database: full-text search
 * (an English {@code tsvector} with a GIN index, ranked BM25-style) and vector search (pgvector with an HNSW
 * index, or an exact scan where pgvector is missing), fused by normalised score as the embedded index is. Writes
 * are durable and visible to every instance as soon as {@link #upsert} returns.
 */
public final class PostgresSearchIndex implements SearchIndex {
    private static final Logger log = LoggerFactory.getLogger(PostgresSearchIndex.class);
    static final String TABLE = "search_chunks";
    private static final String META = "search_meta";
    private static final String EMBEDDER = "embedder";
    private static final String VECTORS = "vectors";
    private static final long SCHEMA_LOCK = 0x6e657773626f7431L; // "newsbot1": one instance fits the vector column

    private final Database db;
    private final VectorColumn vectors;
    private final PostgresQueries queries;
    private volatile String embedderName;

    /**
     * Opens the index in a database migrated to V10 (its tables), fitting the vector column to the server and model.
     *
     * @param dimension    the embedder's vector length
     * @param embedderName the model used when the index is new
     * @param clock        for expiring cached term statistics
     */
    public PostgresSearchIndex(Database db, int dimension, String embedderName, RankFusion fusion, Clock clock) {
        this(db, dimension, embedderName, fusion, clock, true);
    }

    /**
     * As {@link #PostgresSearchIndex(Database, int, String, RankFusion, Clock)}; with {@code pgvectorIfInstalled}
     * false a new index keeps its vectors as {@code real[]} even where pgvector is installed (an existing index keeps
     * the kind it was created with).
     */
    public PostgresSearchIndex(Database db, int dimension, String embedderName, RankFusion fusion, Clock clock, boolean pgvectorIfInstalled) {
        if (db.vendor() != Database.Vendor.POSTGRESQL) throw new IllegalArgumentException("db must be a PostgreSQL database");
        if (dimension < 1) throw new IllegalArgumentException("dimension must be at least 1");
        this.db = db;
        this.vectors = run(c -> fitVectorColumn(c, dimension, pgvectorIfInstalled));
        this.queries = new PostgresQueries(vectors, vectors == VectorColumn.PGVECTOR && run(PostgresSearchIndex::iterativeScans), fusion, clock);
        String stored = run(c -> meta(c, EMBEDDER));
        this.embedderName = stored == null || stored.isEmpty() ? embedderName : stored;
        log.info("Search index in PostgreSQL, vectors {}", vectors == VectorColumn.PGVECTOR ? "in pgvector (HNSW)"
                : "as real[] scanned exactly (pgvector is not installed)");
    }

    /**
     * Fits the vector column (created as {@code real[]} by migration V10) to this server and model: on first use it
     * becomes pgvector's {@code vector(n)} where that extension is installed; a {@code vector} column of another
     * dimension (the model changed) is emptied and resized, and the rebuild that a model change starts fills it again.
     */
    private VectorColumn fitVectorColumn(Connection c, int dimension, boolean pgvectorIfInstalled) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + SCHEMA_LOCK + ")"); // one instance changes the column
            String existing = columnType(c);
            if (existing == null) throw new SQLException("the table " + TABLE + " is missing: the database was not migrated");
            VectorColumn kind = VectorColumn.ofColumnType(existing);
            boolean decided = meta(c, VECTORS) != null || kind == VectorColumn.PGVECTOR || !empty(c);
            if (!decided && pgvectorIfInstalled && pgvector(c)) {
                s.execute("alter table " + TABLE + " alter column embedding type " + VectorColumn.PGVECTOR.type(dimension)
                        + " using embedding::" + VectorColumn.PGVECTOR.type(dimension));
                kind = VectorColumn.PGVECTOR;
            } else if (kind == VectorColumn.PGVECTOR && !existing.equals(kind.type(dimension))) {
                log.warn("The search index holds {} vectors and the model makes {}: emptying it to be rebuilt", existing, kind.type(dimension));
                s.execute("drop index if exists " + TABLE + "_embedding");
                s.execute("delete from " + TABLE);
                s.execute("alter table " + TABLE + " alter column embedding type " + kind.type(dimension));
            }
            if (kind == VectorColumn.PGVECTOR) hnsw(c);
            putMeta(c, VECTORS, kind.name());
            c.commit();
            return kind;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select not exists (select 1 from " + TABLE + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void putMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into " + META + " (name, value) values (?, ?) "
                + "on conflict (name) do update set value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static String columnType(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select format_type(a.atttypid, a.atttypmod) from pg_attribute a "
                + "where a.attrelid = to_regclass(?) and a.attname = 'embedding' and not a.attisdropped")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Whether pgvector is (or can be made) available. Asks the catalog first: creating a missing extension fails
     * with a state the pool takes for a broken connection. A savepoint keeps a refusal (no privilege) from
     * aborting the transaction.
     */
    private static boolean pgvector(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select installed_version is not null from pg_available_extensions where name = 'vector'")) {
            if (!rs.next()) return false;
            if (rs.getBoolean(1)) return true;
        }
        var savepoint = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("create extension if not exists vector");
            return true;
        } catch (SQLException e) {
            c.rollback(savepoint);
            log.debug("pgvector unavailable: {}", e.getMessage());
            return false;
        }
    }

    /** Whether the installed pgvector has iterative index scans (0.8.0 and later). */
    private static boolean iterativeScans(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extversion from pg_extension where extname = 'vector'")) {
            if (!rs.next()) return false;
            String[] parts = rs.getString(1).split("\\.");
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return major > 0 || minor >= 8;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void hnsw(Connection c) throws SQLException {
        var savepoint = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("create index if not exists " + TABLE + "_embedding on " + TABLE + " using hnsw (embedding vector_cosine_ops)");
        } catch (SQLException e) {
            c.rollback(savepoint); // pgvector before 0.5 has no HNSW: exact scans still work
            log.warn("pgvector has no HNSW index here ({}); vector search scans exactly", e.getMessage());
        }
    }

    @Override
    public void upsert(Article article, List<Chunk> chunks, List<float[]> vectorList) {
        if (vectorList != null && vectorList.size() != chunks.size()) throw new IllegalArgumentException("vectors must match chunks one to one");
        inTransaction(c -> {
            delete(c, article.id());
            try (PreparedStatement ps = c.prepareStatement("insert into " + TABLE + " (article_id, ordinal, published_at, publisher, "
                    + "sentences, lexical, embedding) values (?, ?, ?, ?, ?, to_tsvector('english', ?), cast(? as " + vectors.cast() + "))")) {
                for (int i = 0; i < chunks.size(); i++) {
                    Chunk chunk = chunks.get(i);
                    ps.setLong(1, article.id());
                    ps.setInt(2, chunk.ordinal());
                    ps.setObject(3, article.publishedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(4, article.publisher().toLowerCase(Locale.ROOT));
                    ps.setString(5, SentenceCodec.encode(chunk.sentences()));
                    ps.setString(6, article.title() + "\n" + chunk.text());
                    ps.setString(7, vectorList == null ? null : vectors.literal(vectorList.get(i)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void delete(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + TABLE + " where article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    @Override
    public void remove(long articleId) {
        run(c -> {
            delete(c, articleId);
            return null;
        });
    }

    /** Writes are already durable; this records the embedder name for the other instances and later starts. */
    @Override
    public void commit() {
        run(c -> {
            putMeta(c, EMBEDDER, embedderName);
            return null;
        });
        queries.forgetStatistics();
    }

    @Override
    public void clear() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("delete from " + TABLE);
            }
            return null;
        });
        queries.forgetStatistics();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return inTransaction(c -> queries.search(c, query));
    }

    @Override
    public Set<Long> articleIds() {
        return run(c -> {
            Set<Long> ids = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct article_id from " + TABLE)) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    @Override
    public long chunkCount() {
        return run(c -> single(c, "select count(*) from " + TABLE));
    }

    @Override
    public long sizeBytes() {
        return run(c -> single(c, "select pg_total_relation_size('" + TABLE + "')"));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String embedderName() {
        return embedderName;
    }

    @Override
    public void setEmbedderName(String name) {
        this.embedderName = name;
    }

    /** Whether vectors live in pgvector (else in real[] arrays, scanned exactly). */
    public boolean usesPgvector() {
        return vectors == VectorColumn.PGVECTOR;
    }

    /** The database is closed by its owner; the index holds nothing of its own. */
    @Override
    public void close() {
    }

    private static String meta(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select value from " + META + " where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private <T> T run(Database.Work<T> work) {
        return db.run("The search index in PostgreSQL", work);
    }

    private <T> T inTransaction(Database.Work<T> work) {
        return db.inTransaction("The search index in PostgreSQL", work);
    }
}
