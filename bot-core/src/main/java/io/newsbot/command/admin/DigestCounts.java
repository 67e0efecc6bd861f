package io.newsbot.command.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digest deliveries per status (sent, failed, ...), for {@code /admin stats}. Read defensively: the digest
 * feature owns the table and its statuses, so any failure here means "no figures", never a failed command.
 */
final class DigestCounts {
    private static final Logger log = LoggerFactory.getLogger(DigestCounts.class);
    private final DataSource dataSource;

    DigestCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Deliveries per lower-case status, most first; empty when there are none or the table cannot be read. */
    Map<String, Long> byStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select lower(status) s, count(*) n from digest_deliveries group by lower(status) order by n desc, s");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
        } catch (SQLException | RuntimeException e) {
            log.debug("No digest figures: {}", e.getMessage());
            return Map.of();
        }
        return counts;
    }
}
