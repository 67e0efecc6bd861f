package io.newsbot.command.admin;

import io.newsbot.NewsbotCore;
import io.newsbot.article.Source;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin stats}: articles, chunks, index size, questions answered today with p50/p95 latency, digest
 * deliveries, undelivered replies, chats and admins. Figures only: never configuration values, tokens or question texts.
 */
final class StatsAction implements AdminAction {
    private final NewsbotCore core;
    private final DigestCounts digests;

    StatsAction(NewsbotCore core, DigestCounts digests) {
        this.core = core;
        this.digests = digests;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "articles, index, questions today with latency, digests";
    }

    @Override
    public AdminResult run(CommandContext context) {
        List<String> lines = new ArrayList<>();
        List<Source> sources = core.sources().all();
        long feeds = sources.stream().filter(s -> s.kind() == Source.Kind.FEED).count();
        int publishers = core.articles().publishers().size();
        lines.add("Articles: " + core.articles().count() + " from " + publishers + (publishers == 1 ? " publisher" : " publishers")
                + "; sources: " + sources.size() + " (" + feeds + (feeds == 1 ? " feed)" : " feeds)"));
        lines.add("Search index: " + core.index().chunkCount() + " chunks, " + size(core.index().sizeBytes()));
        Instant today = LocalDate.now(core.clock().withZone(core.settings().zone())).atStartOfDay(core.settings().zone()).toInstant();
        List<Long> latencies = core.questions().latenciesSince(today);
        lines.add(latencies.isEmpty() ? "Questions today: none yet"
                : "Questions today: " + latencies.size() + " answered; latency p50 " + percentile(latencies, 50) + " ms, p95 "
                        + percentile(latencies, 95) + " ms");
        Map<String, Long> byStatus = digests.byStatus();
        if (!byStatus.isEmpty()) {
            lines.add("Digest deliveries: " + byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        lines.add(undelivered(core.outbox().backlog(core.clock().instant().minus(java.time.Duration.ofDays(1)))));
        lines.add("Active chats: " + core.chats().active().size() + "; admins: " + (core.access().configured().size()
                + core.admins().all().size()) + " besides the console");
        return AdminResult.ok(Reply.info("newsbot stats (" + core.settings().zone().getId() + " day):", lines.toArray(String[]::new)), "");
    }

    /** Replies and digests the outbox has not delivered yet, and those it gave up on in the last day. */
    private String undelivered(io.newsbot.outbox.Outbox.Backlog b) {
        if (b.pending() == 0 && b.failed() == 0) return "Undelivered replies: none";
        String oldest = b.oldestPending().map(t -> " (oldest from " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(core.settings().zone()).format(t) + ")").orElse("");
        return "Undelivered replies: " + b.pending() + " waiting to be sent" + oldest + ", " + b.failed() + " given up in the last 24 hours";
    }

    /** Nearest-rank percentile of values sorted ascending. */
    static long percentile(List<Long> sorted, int p) {
        List<Long> values = sorted.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
