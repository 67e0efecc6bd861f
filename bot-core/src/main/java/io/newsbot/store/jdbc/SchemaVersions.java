package io.newsbot.store.jdbc;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store's schema already has every migration the class path carries, found without starting Flyway: on a
 * current schema (every start but the first after an upgrade) Flyway's own scan and validation cost about a second of
 * CPU, most of a start. A schema that is not current, or a class path it cannot list, goes through Flyway as before.
 */
final class SchemaVersions {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__[^/]*\\.sql");

    private SchemaVersions() {
    }

    /**
     * The versions of the migration files under the locations (class-path folders), or empty when a location cannot be
     * listed (an unknown kind of class path): the caller then lets Flyway decide.
     */
    static Optional<Set<String>> available(ClassLoader loader, String... locations) {
        Set<String> versions = new HashSet<>();
        try {
            for (String location : locations) {
                Enumeration<URL> roots = loader.getResources(location);
                while (roots.hasMoreElements()) {
                    URL root = roots.nextElement();
                    switch (root.getProtocol()) {
                        case "file" -> {
                            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                                files.forEach(f -> add(versions, f.getFileName().toString()));
                            }
                        }
                        case "jar" -> {
                            JarURLConnection connection = (JarURLConnection) root.openConnection();
                            connection.setUseCaches(true);
                            JarFile jar = connection.getJarFile();
                            String prefix = location.endsWith("/") ? location : location + "/";
                            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                                String name = e.nextElement().getName();
                                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) add(versions, name.substring(prefix.length()));
                            }
                        }
                        default -> {
                            return Optional.empty();
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    /** The versions Flyway applied successfully; empty when the store has no history yet (a new store). */
    static Set<String> applied(Connection c) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            while (rs.next()) {
                // A failed migration is Flyway's to report (and, on PostgreSQL, to repair): never current.
                if (!rs.getBoolean(2)) return Set.of();
                if (rs.getString(1) != null) versions.add(normalise(rs.getString(1)));
            }
        }
        return versions;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) versions.add(normalise(m.group(1)));
    }

    /** Flyway reads {@code V1_2__x.sql} as version 1.2. */
    private static String normalise(String version) {
        return version.replace('_', '.');
    }

}
