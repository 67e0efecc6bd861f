package io.newsbot.statement.jdbc;

import io.newsbot.statement.AttributionBasis;
import io.newsbot.statement.SpeakerKind;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import io.newsbot.store.jdbc.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link StatementStore} on JDBC (H2 or PostgreSQL, schema V4 and V13). */
public final class JdbcStatementStore implements StatementStore {
    private static final int MAX_SPEAKER = 300;
    private static final int MAX_NAME = 100;
    private static final int MAX_CUE = 64;
    private static final int MAX_TEXT = 4000;
    private static final String SELECT = "select article_id, speaker, kind, cue, direct, text_start, text_end, text, basis from statements ";
    private final Database db;

    public JdbcStatementStore(Database db) {
        this.db = db;
    }

    @Override
    public void replace(Extraction extraction, List<Statement> statements) {
        db.inTransaction("Storing an article's statements", c -> {
            delete(c, extraction.articleId());
            try (PreparedStatement ps = c.prepareStatement("insert into statements (article_id, ordinal, speaker, surname, given, kind, cue, "
                    + "direct, text_start, text_end, text, basis) values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int ordinal = 0;
                for (Statement s : statements) {
                    if (s.articleId() != extraction.articleId()) throw new IllegalArgumentException("statement of another article: " + s.articleId());
                    ps.setLong(1, s.articleId());
                    ps.setInt(2, ordinal++);
                    ps.setString(3, cut(s.speaker(), MAX_SPEAKER));
                    ps.setString(4, cut(s.surname(), MAX_NAME));
                    ps.setString(5, cut(s.given(), MAX_NAME));
                    ps.setString(6, s.kind().name());
                    ps.setString(7, cut(s.cue(), MAX_CUE));
                    ps.setBoolean(8, s.direct());
                    ps.setInt(9, s.start());
                    ps.setInt(10, s.end());
                    ps.setString(11, cut(s.text(), MAX_TEXT));
                    ps.setString(12, s.basis().name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into statement_extractions (article_id, content_hash, version) values (?,?,?)")) {
                ps.setLong(1, extraction.articleId());
                ps.setString(2, extraction.contentHash());
                ps.setString(3, extraction.version());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(long articleId) {
        db.inTransaction("Removing an article's statements", c -> {
            delete(c, articleId);
            return null;
        });
    }

    private static void delete(Connection c, long articleId) throws SQLException {
        for (String table : new String[] {"statements", "statement_extractions"}) {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public List<Statement> byName(String name) {
        return db.run("Looking up statements", c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "where surname = ? or given = ? order by article_id, ordinal")) {
                ps.setString(1, name);
                ps.setString(2, name);
                return statements(ps);
            }
        });
    }

    @Override
    public List<Statement> byArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) return List.of();
        List<Long> ids = List.copyOf(new java.util.TreeSet<>(articleIds));
        return db.run("Looking up statements", c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "where article_id in (" + "?,".repeat(ids.size() - 1) + "?) order by article_id, ordinal")) {
                for (int i = 0; i < ids.size(); i++) ps.setLong(i + 1, ids.get(i));
                return statements(ps);
            }
        });
    }

    private static List<Statement> statements(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Statement> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Statement(rs.getLong(1), rs.getString(2), SpeakerKind.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), AttributionBasis.valueOf(rs.getString(9))));
            }
            return out;
        }
    }

    @Override
    public List<Speaker> speakers(String name) {
        return db.run("Looking up speakers", c -> {
            try (PreparedStatement ps = c.prepareStatement("select speaker, kind, count(*) from statements where surname = ? or given = ? "
                    + "group by speaker, kind order by count(*) desc, speaker")) {
                ps.setString(1, name);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Speaker> out = new ArrayList<>();
                    while (rs.next()) out.add(new Speaker(rs.getString(1), SpeakerKind.valueOf(rs.getString(2)), rs.getInt(3)));
                    return out;
                }
            }
        });
    }

    @Override
    public Map<Long, Extraction> extractions() {
        return db.run("Listing statement extractions", c -> {
            Map<Long, Extraction> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select article_id, content_hash, version from statement_extractions");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), new Extraction(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        });
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
