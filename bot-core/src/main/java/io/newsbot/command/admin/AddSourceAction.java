package io.newsbot.command.admin;

import io.newsbot.article.ArticleDraft;
import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import io.newsbot.command.CommandContext;
import io.newsbot.ingest.Fetcher;
import io.newsbot.ingest.IngestException;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import io.newsbot.ingest.SourceLocks;
import io.newsbot.ingest.SourceUrl;
import io.newsbot.platform.Reply;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin add-source URL}: fetches a web page or an RSS/Atom feed at once (through the guarded fetcher:
 * http(s) only, no internal addresses, bounded size, time and redirects), ingests its articles, and keeps it
 * as a source; a feed is re-read by the feed poller from then on. It holds the source's lock while reading, so
 * no other instance's poller reads the new feed at the same time.
 */
final class AddSourceAction implements AdminAction {
    static final int MAX_URL_CHARS = 2000;
    private final Ingestor ingestor;
    private final SourceStore sources;
    private final SourceLocks locks;
    private final Clock clock;

    AddSourceAction(Ingestor ingestor, SourceStore sources, SourceLocks locks, Clock clock) {
        this.ingestor = ingestor;
        this.sources = sources;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "add-source";
    }

    @Override
    public String arguments() {
        return "URL";
    }

    @Override
    public String summary() {
        return "fetch a web page or RSS/Atom feed now and keep it as a source (feeds are re-read)";
    }

    @Override
    public AdminResult run(CommandContext context) {
        String text = context.args();
        if (text.isEmpty() || text.contains(" ")) return AdminResult.usage("/admin add-source https://example.com/feed.xml");
        if (text.length() > MAX_URL_CHARS) return AdminResult.failed("That URL is too long.", "url too long");
        URI uri;
        try {
            uri = SourceUrl.parse(text);
        } catch (IngestException e) {
            return AdminResult.failed("That is not a valid URL. Give a full address such as https://example.com/feed.xml.", "invalid url");
        }
        // Fetched and parsed before anything is recorded: a refused, unreachable or unreadable address is never a source.
        Fetcher.Fetched page;
        List<ArticleDraft> drafts;
        try {
            page = ingestor.fetch(uri);
        } catch (IngestException e) {
            return AdminResult.failed("I did not add it: " + e.getMessage(), "refused: " + e.getMessage());
        }
        try {
            drafts = ingestor.parse(page);
        } catch (IngestException e) {
            return AdminResult.failed("I did not add it: " + e.getMessage(), "unreadable: " + e.getMessage());
        }
        boolean feed = ingestor.isFeed(page);
        Source source = sources.add(feed ? Source.Kind.FEED : Source.Kind.URL, uri.toString(), context.message().sender().key(),
                clock.instant());
        Optional<IngestReport> read = locks.whileReading(source.id(), () -> {
            IngestReport r = ingestor.ingestDrafts(drafts, source.id(), Ingestor.Progress.NONE);
            sources.recordFetch(source.id(), clock.instant(), AdminArgs.shorten(String.join("; ", r.failures()), 900));
            return r;
        });
        if (read.isEmpty()) {
            return AdminResult.ok(Reply.info("Source #" + source.id() + " is being read right now (by another instance); its articles"
                    + " will be in shortly. See /admin sources."), "source #" + source.id() + ": already being read");
        }
        IngestReport report = read.get();
        int usable = report.added() + report.replaced() + report.unchanged() + report.duplicates();
        if (usable == 0) {
            sources.remove(source.id());
            String why = report.failures().isEmpty() ? "it holds no articles." : report.failures().get(0);
            return AdminResult.failed("I did not add it: " + why, "no articles");
        }
        List<String> lines = new ArrayList<>();
        lines.add((feed ? "It is a feed; I will re-read it regularly." : "It is a single page.") + " Articles: " + report.summary() + ".");
        report.failures().stream().limit(3).forEach(f -> lines.add("Skipped: " + AdminArgs.shorten(f, 200)));
        report.notes().stream().limit(3).forEach(n -> lines.add("Note: " + AdminArgs.shorten(n, 200)));
        String kind = feed ? "feed" : "page";
        return AdminResult.ok(Reply.info("Added source #" + source.id() + " and took in " + report.added()
                        + (report.added() == 1 ? " new article." : " new articles."), lines.toArray(String[]::new)),
                "source #" + source.id() + " (" + kind + "): " + report.summary());
    }
}
