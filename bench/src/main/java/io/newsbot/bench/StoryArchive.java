package io.newsbot.bench;

import io.newsbot.store.jdbc.Database;
import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.Profiler;
import io.newsbot.story.StoryProfile;
import io.newsbot.story.TermVector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthesised archive of grouped articles for the grouping-cost benchmark, written straight into the story
 * tables (placing 100,000 articles one by one would take hours here). Each replica of a real story-set article
 * keeps its common words but gets its own copy of its names and of half its other words (suffixed with the replica),
 * so the archive's vocabulary grows with it as a real one does; its vector gets Gaussian noise; its date is spread
 * over a year; the replicas of one annotated story in one replica round form one story.
 */
final class StoryArchive {
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(365);
    private final List<StoryProfile> base;
    private final List<String> clusters;

    private StoryArchive(List<StoryProfile> base, List<String> clusters) {
        this.base = base;
        this.clusters = clusters;
    }

    static StoryArchive of(List<StorySet> sets, Map<String, Map<String, List<float[]>>> vectors) {
        Profiler profiler = new Profiler();
        List<Profiler.Counts> counts = new ArrayList<>();
        List<StorySet.Item> items = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (StorySet set : sets) {
            for (StorySet.Item i : set.items()) {
                Profiler.Counts c = profiler.count(i.title(), i.body());
                counts.add(c);
                items.add(i);
                for (String t : c.terms()) df.merge(t, 1, Integer::sum);
            }
        }
        DocumentFrequencies f = new DocumentFrequencies(items.size(), df);
        List<StoryProfile> base = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            StorySet.Item i = items.get(k);
            List<float[]> v = vectors.values().stream().map(m -> m.get(i.articleId())).filter(x -> x != null).findFirst().orElse(List.of());
            base.add(profiler.profile(0, i.outlet(), null, counts.get(k), v, f, 0));
            clusters.add(i.cluster());
        }
        return new StoryArchive(base, clusters);
    }

    /** Grows the archive in the database to {@code target} grouped articles; returns how many it holds. */
    int grow(Database db, int target) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            int have;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from story_articles")) {
                rs.next();
                have = rs.getInt(1);
            }
            Map<String, Integer> documents = new HashMap<>();
            Random random = new Random(have);
            Map<String, Long> storyOfCluster = new HashMap<>();
            try (PreparedStatement article = c.prepareStatement("insert into articles (locator, url, title, publisher, published_at, ingested_at,"
                    + " language, content_hash, body) values (?,?,?,?,?,?,?,?,?)", new String[] {"id"});
                 PreparedStatement story = c.prepareStatement("insert into story_articles (article_id, story_id, outlet, published_at, words, names,"
                         + " vector) values (?,?,?,?,?,?,?)");
                 PreparedStatement posting = c.prepareStatement("insert into story_postings (term, article_id, published_at) values (?,?,?)")) {
                for (int n = have; n < target; n++) {
                    int b = n % base.size();
                    int replica = n / base.size();
                    StoryProfile p = base.get(b);
                    Instant published = START.plusSeconds((long) (random.nextDouble() * SPAN.getSeconds()));
                    article.setString(1, "synthetic:" + n);
                    article.setString(2, "https://synthetic.example/" + n);
                    article.setString(3, "Synthetic article " + n);
                    article.setString(4, p.outlet().isEmpty() ? "synthetic" : p.outlet());
                    article.setObject(5, published.atOffset(ZoneOffset.UTC));
                    article.setObject(6, published.atOffset(ZoneOffset.UTC));
                    article.setString(7, "en");
                    article.setString(8, "synthetic-" + n);
                    article.setString(9, "Synthetic.");
                    article.executeUpdate();
                    long id;
                    try (var keys = article.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    TermVector words = rename(p.words(), replica, random, 0.5);
                    TermVector names = rename(p.names(), replica, random, 1.0);
                    long storyId = storyOfCluster.computeIfAbsent(clusters.get(b) + "#" + replica, k -> id);
                    story.setLong(1, id);
                    story.setLong(2, storyId);
                    story.setString(3, p.outlet());
                    story.setObject(4, published.atOffset(ZoneOffset.UTC));
                    story.setString(5, encode(words));
                    story.setString(6, encode(names));
                    story.setString(7, vector(p.vector(), random));
                    story.addBatch();
                    List<String> indexed = new ArrayList<>(words.top(12));
                    indexed.addAll(names.top(12));
                    for (String t : new java.util.TreeSet<>(indexed)) {
                        if (t.length() > 64) continue;
                        posting.setString(1, t);
                        posting.setLong(2, id);
                        posting.setObject(3, published.atOffset(ZoneOffset.UTC));
                        posting.addBatch();
                    }
                    words.weights().keySet().forEach(t -> documents.merge(t, 1, Integer::sum));
                    names.weights().keySet().forEach(t -> documents.merge(t, 1, Integer::sum));
                    if ((n + 1) % 1000 == 0) {
                        story.executeBatch();
                        posting.executeBatch();
                        c.commit();
                    }
                    if ((n + 1) % 10_000 == 0) System.out.println("  story archive: " + (n + 1) + " articles");
                }
                story.executeBatch();
                posting.executeBatch();
            }
            documents.merge("#articles", target - have, Integer::sum);
            count(c, documents);
            c.commit();
            c.setAutoCommit(true);
        }
        return target;
    }

    private static void count(Connection c, Map<String, Integer> documents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("merge into story_terms t using (values (cast(? as varchar(64)), cast(? as int))) as s(term, n)"
                + " on t.term = s.term when matched then update set documents = t.documents + s.n"
                + " when not matched then insert (term, documents) values (s.term, s.n)")) {
            int batch = 0;
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(documents).entrySet()) {
                if (e.getKey().length() > 64) continue;
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
                if (++batch % 5000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    private static TermVector rename(TermVector v, int replica, Random random, double share) {
        Map<String, Float> out = new HashMap<>();
        v.weights().forEach((t, w) -> out.put(replica > 0 && random.nextDouble() < share ? t + "~" + replica : t, w));
        return new TermVector(out);
    }

    private static String encode(TermVector v) {
        StringBuilder out = new StringBuilder();
        v.weights().forEach((t, w) -> out.append(out.length() == 0 ? "" : " ").append(t).append(':').append(String.format(java.util.Locale.ROOT, "%.4f", w)));
        return out.toString();
    }

    private static String vector(float[] v, Random random) {
        if (v.length == 0) return "";
        double[] x = new double[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i] + random.nextGaussian() * 0.025;
            norm += x[i] * x[i];
        }
        byte[] bytes = new byte[v.length];
        for (int i = 0; i < v.length; i++) bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(x[i] / Math.sqrt(norm) * 127)));
        return Base64.getEncoder().encodeToString(bytes);
    }
}
