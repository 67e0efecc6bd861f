package io.newsbot.command.admin;

import io.newsbot.store.DigestLedger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digest deliveries per status (sent, failed, ...), for {@code /admin stats}. Figures are an extra: when the ledger
 * cannot be read the stats go without them (and the log says why), rather than the command failing.
 */
final class DigestCounts {
    private static final Logger log = LoggerFactory.getLogger(DigestCounts.class);
    private final DigestLedger ledger;

    DigestCounts(DigestLedger ledger) {
        this.ledger = ledger;
    }

    /** Deliveries per lower-case status, most first; empty when there are none or the ledger cannot be read. */
    Map<String, Long> byStatus() {
        Map<DigestLedger.Status, Long> counts;
        try {
            counts = ledger.countByStatus();
        } catch (RuntimeException e) {
            log.warn("/admin stats shows no digest figures: the digest ledger could not be read", e);
            return Map.of();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
