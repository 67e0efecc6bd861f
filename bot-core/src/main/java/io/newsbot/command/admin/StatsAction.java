package io.newsbot.command.admin;

import io.newsbot.article.ArticleStore;
import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import io.newsbot.command.Access;
import io.newsbot.command.CommandContext;
import io.newsbot.index.SearchIndex;
import io.newsbot.outbox.Outbox;
import io.newsbot.platform.Reply;
import io.newsbot.store.AdminStore;
import io.newsbot.store.ChatStore;
import io.newsbot.store.QuestionLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final SourceStore sources;
    private final ArticleStore articles;
    private final SearchIndex index;
    private final QuestionLog questions;
    private final DigestCounts digests;
    private final Outbox outbox;
    private final ChatStore chats;
    private final Access access;
    private final AdminStore admins;
    private final ZoneId zone;
    private final Clock clock;

    StatsAction(SourceStore sources, ArticleStore articles, SearchIndex index, QuestionLog questions, DigestCounts digests, Outbox outbox,
                ChatStore chats, Access access, AdminStore admins, ZoneId zone, Clock clock) {
        this.sources = sources;
        this.articles = articles;
        this.index = index;
        this.questions = questions;
        this.digests = digests;
        this.outbox = outbox;
        this.chats = chats;
        this.access = access;
        this.admins = admins;
        this.zone = zone;
        this.clock = clock;
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
        List<Source> all = sources.all();
        long feeds = all.stream().filter(s -> s.kind() == Source.Kind.FEED).count();
        int publishers = articles.publishers().size();
        lines.add("Articles: " + articles.count() + " from " + publishers + (publishers == 1 ? " publisher" : " publishers")
                + "; sources: " + all.size() + " (" + feeds + (feeds == 1 ? " feed)" : " feeds)"));
        lines.add("Search index: " + index.chunkCount() + " chunks, " + size(index.sizeBytes()));
        Instant today = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        List<Long> latencies = questions.latenciesSince(today);
        lines.add(latencies.isEmpty() ? "Questions today: none yet"
                : "Questions today: " + latencies.size() + " answered; latency p50 " + percentile(latencies, 50) + " ms, p95 "
                        + percentile(latencies, 95) + " ms");
        Map<String, Long> byStatus = digests.byStatus();
        if (!byStatus.isEmpty()) {
            lines.add("Digest deliveries: " + byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        lines.add(undelivered(outbox.backlog(clock.instant().minus(java.time.Duration.ofDays(1)))));
        lines.add("Active chats: " + chats.active().size() + "; admins: " + (access.configured().size()
                + admins.all().size()) + " besides the console");
        return AdminResult.ok(Reply.info("newsbot stats (" + zone.getId() + " day):", lines.toArray(String[]::new)), "");
    }

    /** Replies and digests the outbox has not delivered yet, and those it gave up on in the last day. */
    private String undelivered(io.newsbot.outbox.Outbox.Backlog b) {
        if (b.pending() == 0 && b.failed() == 0) return "Undelivered replies: none";
        String oldest = b.oldestPending().map(t -> " (oldest from " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(zone).format(t) + ")").orElse("");
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
