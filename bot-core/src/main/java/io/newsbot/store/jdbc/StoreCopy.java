package io.newsbot.store.jdbc;

import io.newsbot.store.StoreException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies every table of one newsbot store into another (an embedded deployment into PostgreSQL), keeping ids,
 * in one transaction on the target, parents before children. Both stores must be at the same schema version
 * (opening them with {@link Database} sees to it) and the target must be empty. The search index is not
 * copied: the first instance to start on the target indexes the articles it finds unindexed.
 */
public final class StoreCopy {
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;
    private final Database from;
    private final Database to;

    public StoreCopy(Database from, Database to) {
        this.from = from;
        this.to = to;
    }

    /** Rows per table in the source and the target after the copy. */
    public record TableCount(String table, long source, long target) {
        public boolean matches() {
            return source == target;
        }
    }

    /** Copies everything, reporting each table as it is done, and returns the counts of both sides. */
    public List<TableCount> copy(Consumer<TableCount> progress) {
        try (Connection src = from.connection(); Connection dst = to.connection()) {
            List<String> tables = tablesInCopyOrder(src);
            for (String table : tables) {
                if (count(dst, table) > 0) {
                    throw new StoreException("The target store is not empty (table " + table + " has rows); copy into a new database.", null);
                }
            }
            dst.setAutoCommit(false);
            try {
                for (String table : tables) {
                    copyTable(src, dst, table);
                    progress.accept(new TableCount(table, count(src, table), count(dst, table)));
                }
                restartIdentities(dst, tables);
                dst.commit();
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                dst.setAutoCommit(true);
            }
            List<TableCount> counts = new ArrayList<>();
            for (String table : tables) counts.add(new TableCount(table, count(src, table), count(dst, table)));
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Copying the store failed: " + Database.firstLine(e.getMessage()), e);
        }
    }

    /** The source's tables (lower case), each after the tables its foreign keys point to. */
    static List<String> tablesInCopyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(HISTORY)) parents.put(name, new LinkedHashSet<>());
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, e.getKey())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(e.getKey())) e.getValue().add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(parents.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER);
        for (String name : names) visit(name, parents, done, ordered);
        return ordered.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static void visit(String name, Map<String, Set<String>> parents, Set<String> done, List<String> out) {
        if (!done.add(name)) return;
        for (String p : parents.getOrDefault(name, Set.of())) visit(p, parents, done, out);
        out.add(name);
    }

    private static void copyTable(Connection src, Connection dst, String table) throws SQLException {
        try (Statement s = src.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values (" + "?, ".repeat(n - 1) + "?)";
            try (PreparedStatement ps = dst.prepareStatement(sql)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) ps.setObject(i, value(rs, i, md.getColumnType(i)));
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) ps.executeBatch();
            }
        }
    }

    /** A column's value in a form both drivers agree on: text for character and large-object columns. */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        return switch (type) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.VARCHAR, Types.NVARCHAR, Types.CHAR -> rs.getString(i);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, java.time.OffsetDateTime.class);
            case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
            default -> rs.getObject(i);
        };
    }

    /** Identity columns continue after the copied ids, so new rows do not collide with them. */
    private void restartIdentities(Connection dst, List<String> tables) throws SQLException {
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (PreparedStatement ps = dst.prepareStatement("select column_name from information_schema.columns "
                    + "where table_schema = current_schema() and lower(table_name) = ? and is_identity = 'YES'")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) identities.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            for (String column : identities) {
                long next;
                try (Statement s = dst.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement s = dst.createStatement()) {
                    s.execute("alter table " + table + " alter column " + column + " restart with " + next); // both dialects
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
