package io.newsbot.story.jdbc;

import io.newsbot.store.jdbc.Database;
import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.Story;
import io.newsbot.story.StoryProfile;
import io.newsbot.story.StoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link StoryStore} on H2 or PostgreSQL (migration V7): profiles in {@code story_articles}, the candidate index
 * in {@code story_postings}, document frequencies in {@code story_terms}. Document frequencies are counted up with
 * the standard SQL MERGE both databases take, in sorted term order so that two instances placing articles at once
 * wait for each other instead of deadlocking. On the embedded H2 store, which one process holds, the counts are kept in
 * memory ({@link TermCounts}) and written for {@value TermCounts#BATCH} placements at once and on {@link #flush()};
 * on PostgreSQL, which several instances may share, every placement reads and writes them.
 */
public final class JdbcStoryStore implements StoryStore {
    static final String ALL = "#articles";
    private static final int IN_LIMIT = 500;
    private static final String PROFILE = "article_id, story_id, outlet, published_at, words, names, vector, event_year";
    private static final int CACHED_PROFILES = 5_000;
    private final Database db;
    /** Only on H2; held over the reads and writes of the counts, so that the cache mirrors the database. */
    private final TermCounts counts;
    /** Profiles never change once stored, and the same recent ones are read for every arrival: keep them decoded. */
    private final Map<Long, StoryProfile> decoded = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoryProfile> eldest) {
            return size() > CACHED_PROFILES;
        }
    });

    public JdbcStoryStore(Database db) {
        this.db = db;
        this.counts = db.vendor() == Database.Vendor.H2 ? new TermCounts() : null;
    }

    @Override
    public DocumentFrequencies frequencies(Collection<String> terms) {
        if (counts == null) return read(terms);
        List<String> asked = new ArrayList<>(terms);
        asked.add(ALL);
        synchronized (counts) {
            Collection<String> missing = counts.missing(asked);
            if (!missing.isEmpty()) {
                DocumentFrequencies stored = read(missing);
                Map<String, Integer> found = new HashMap<>(stored.counts());
                found.put(ALL, (int) stored.documents());
                counts.read(missing, found);
            }
            return counts.frequencies(terms, ALL);
        }
    }

    private DocumentFrequencies read(Collection<String> terms) {
        return db.run("Reading term statistics", c -> {
            Map<String, Integer> counts = new HashMap<>();
            List<String> all = new ArrayList<>(new TreeSet<>(terms));
            all.add(ALL);
            for (int i = 0; i < all.size(); i += IN_LIMIT) {
                List<String> part = all.subList(i, Math.min(all.size(), i + IN_LIMIT));
                try (PreparedStatement ps = c.prepareStatement("select term, documents from story_terms where term in (" + marks(part.size()) + ")")) {
                    bind(ps, part.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            Integer documents = counts.remove(ALL);
            return new DocumentFrequencies(documents == null ? 0 : documents, counts);
        });
    }

    @Override
    public List<Long> candidates(Collection<String> terms, Instant from, Instant to, int limit) {
        if (terms.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>(terms);
        StringBuilder sql = new StringBuilder("select article_id, count(*) as hits from story_postings where term in (" + marks(terms.size()) + ")");
        if (from != null) {
            sql.append(" and (published_at is null or published_at >= ?)");
            args.add(from);
        }
        if (to != null) {
            sql.append(" and (published_at is null or published_at < ?)");
            args.add(to);
        }
        sql.append(" group by article_id order by hits desc, article_id desc limit ?");
        args.add(limit);
        return db.run("Finding articles like a new one", c -> query(c, sql.toString(), rs -> rs.getLong(1), args.toArray()));
    }

    @Override
    public Map<Long, Long> storiesOf(Collection<Long> articleIds) {
        Map<Long, Long> out = new HashMap<>();
        if (articleIds.isEmpty()) return out;
        List<Long> ids = new ArrayList<>(articleIds);
        return db.run("Reading stories", c -> {
            for (int i = 0; i < ids.size(); i += IN_LIMIT) {
                List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIMIT));
                for (long[] row : query(c, "select article_id, story_id from story_articles where article_id in (" + marks(part.size()) + ")",
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, part.toArray())) {
                    out.put(row[0], row[1]);
                }
            }
            return out;
        });
    }

    @Override
    public List<StoryProfile> profiles(Collection<Long> articleIds) {
        List<StoryProfile> out = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : articleIds) {
            StoryProfile cached = decoded.get(id);
            if (cached != null) out.add(cached);
            else missing.add(id);
        }
        if (missing.isEmpty()) return out;
        return db.run("Reading stories", c -> {
            for (int i = 0; i < missing.size(); i += IN_LIMIT) {
                List<Long> part = missing.subList(i, Math.min(missing.size(), i + IN_LIMIT));
                out.addAll(query(c, "select " + PROFILE + " from story_articles where article_id in (" + marks(part.size()) + ")", this::profile,
                        part.toArray()));
            }
            return out;
        });
    }

    @Override
    public List<StoryProfile> members(long storyId, int limit) {
        return db.run("Reading a story", c -> query(c, "select " + PROFILE + " from story_articles where story_id = ?"
                + " order by published_at desc, article_id desc limit ?", this::profile, storyId, limit));
    }

    @Override
    public void place(StoryProfile p, long storyId, Collection<Long> merged, Collection<String> terms, Collection<String> indexed) {
        if (counts == null) {
            write(p, storyId, merged, indexed, increments(terms));
            return;
        }
        synchronized (counts) {
            TreeSet<String> counted = counted(terms);
            Map<String, Integer> due = counts.due(counted);
            write(p, storyId, merged, indexed, due);
            counts.placed(counted, !due.isEmpty());
        }
    }

    @Override
    public void flush() {
        if (counts == null) return;
        synchronized (counts) {
            Map<String, Integer> pending = counts.pending();
            if (pending.isEmpty()) return;
            db.inTransaction("Writing term statistics", c -> {
                count(c, pending);
                return null;
            });
            counts.written();
        }
    }

    private void write(StoryProfile p, long storyId, Collection<Long> merged, Collection<String> indexed, Map<String, Integer> increments) {
        db.inTransaction("Placing an article in a story", c -> {
            for (long from : merged) {
                if (from != storyId) update(c, "update story_articles set story_id = ? where story_id = ?", storyId, from);
            }
            update(c, "insert into story_articles (" + PROFILE + ") values (?,?,?,?,?,?,?,?)", p.articleId(), storyId, clip(p.outlet(), 256),
                    p.published(), ProfileCodec.terms(p.words()), ProfileCodec.terms(p.names()), ProfileCodec.vector(p.vector()), p.year());
            try (PreparedStatement ps = c.prepareStatement("insert into story_postings (term, article_id, published_at) values (?,?,?)")) {
                for (String term : new TreeSet<>(indexed)) {
                    if (term.length() > 64) continue;
                    bind(ps, term, p.articleId(), p.published());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            count(c, increments);
            return null;
        });
    }

    /** The terms counted in the document frequencies: those the table holds, and {@value #ALL}, in sorted order. */
    private static TreeSet<String> counted(Collection<String> terms) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String t : terms) {
            if (t.length() <= 64) sorted.add(t);
        }
        sorted.add(ALL);
        return sorted;
    }

    private static Map<String, Integer> increments(Collection<String> terms) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (String t : counted(terms)) out.put(t, 1);
        return out;
    }

    /**
     * Adds to the documents of each term, in sorted order: one MERGE of many rows per few hundred terms, since a
     * MERGE per term was most of the time an article took to place on H2.
     */
    private static void count(Connection c, Map<String, Integer> increments) throws SQLException {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(new java.util.TreeMap<>(increments).entrySet());
        for (int i = 0; i < all.size(); i += IN_LIMIT) {
            List<Map.Entry<String, Integer>> part = all.subList(i, Math.min(all.size(), i + IN_LIMIT));
            String rows = String.join(",", java.util.Collections.nCopies(part.size(), "(cast(? as varchar(64)), cast(? as int))"));
            List<Object> args = new ArrayList<>();
            for (Map.Entry<String, Integer> e : part) {
                args.add(e.getKey());
                args.add(e.getValue());
            }
            try (PreparedStatement ps = c.prepareStatement("merge into story_terms t using (values " + rows + ") as s(term, n)"
                    + " on t.term = s.term when matched then update set documents = t.documents + s.n"
                    + " when not matched then insert (term, documents) values (s.term, s.n)")) {
                bind(ps, args.toArray());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void move(Map<Long, Long> moves) {
        if (moves.isEmpty()) return;
        db.inTransaction("Moving articles between stories", c -> {
            try (PreparedStatement ps = c.prepareStatement("update story_articles set story_id = ? where article_id = ?")) {
                for (Map.Entry<Long, Long> m : new java.util.TreeMap<>(moves).entrySet()) {
                    bind(ps, m.getValue(), m.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public boolean isPlaced(long articleId) {
        return db.run("Reading stories", c -> !query(c, "select 1 from story_articles where article_id = ?", rs -> 1, articleId).isEmpty());
    }

    @Override
    public List<Long> unplaced(int limit) {
        return db.run("Reading stories", c -> query(c, "select a.id from articles a left join story_articles s on s.article_id = a.id"
                + " where s.article_id is null order by a.published_at, a.id limit ?", rs -> rs.getLong(1), limit));
    }

    @Override
    public Optional<Story> storyOf(long articleId) {
        return stories(List.of(articleId)).values().stream().findFirst();
    }

    @Override
    public Map<Long, Story> stories(Collection<Long> articleIds) {
        Map<Long, Long> storyIds = storiesOf(articleIds);
        Map<Long, Story> out = new LinkedHashMap<>();
        if (storyIds.isEmpty()) return out;
        List<Long> ids = new ArrayList<>(new TreeSet<>(storyIds.values()));
        return db.run("Reading stories", c -> {
            Map<Long, List<Story.Member>> members = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i += IN_LIMIT) {
                List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIMIT));
                query(c, "select s.story_id, a.id, a.publisher, a.title, a.url, a.published_at from story_articles s join articles a on a.id = s.article_id"
                        + " where s.story_id in (" + marks(part.size()) + ") order by a.published_at, a.id", rs -> {
                            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Story.Member(rs.getLong(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), instant(rs, 6)));
                            return null;
                        }, part.toArray());
            }
            members.forEach((id, list) -> out.put(id, new Story(id, list)));
            return out;
        });
    }

    private StoryProfile profile(ResultSet rs) throws SQLException {
        long id = rs.getLong("article_id");
        StoryProfile cached = decoded.get(id);
        if (cached != null) return cached;
        Instant published = instant(rs, "published_at");
        int year = rs.getInt("event_year");
        if (rs.wasNull()) year = published == null ? 0 : published.atZone(ZoneOffset.UTC).getYear();
        StoryProfile p = new StoryProfile(id, rs.getString("outlet"), published, ProfileCodec.terms(rs.getString("words")),
                ProfileCodec.terms(rs.getString("names")), ProfileCodec.vector(rs.getString("vector")), year);
        decoded.put(id, p);
        return p;
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    T t = row.map(rs);
                    if (t != null) out.add(t);
                }
                return out;
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant in) ps.setObject(i + 1, in.atOffset(ZoneOffset.UTC));
            else if (a == null) ps.setNull(i + 1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            else ps.setObject(i + 1, a);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
