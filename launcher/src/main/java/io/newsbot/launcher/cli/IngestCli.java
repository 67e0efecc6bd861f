package io.newsbot.launcher.cli;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.article.Source;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.SourceUrl;
import io.newsbot.launcher.console.ProgressBar;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsbot ingest PATH|URL...}: adds articles from files, directories, pages or feeds. */
@Command(name = "ingest", description = "Add articles from files, directories, web pages or RSS/Atom feeds.")
public final class IngestCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    String[] targets;

    @Override
    public Integer call() {
        int failed = 0;
        try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
            ProgressBar progress = new ProgressBar(System.err, System.console() != null);
            for (String target : targets) {
                IngestReport report;
                if (SourceUrl.looksLikeUrl(target)) {
                    report = ingestUrl(core, SourceUrl.parse(target), progress);
                } else {
                    Path path = Path.of(target).toAbsolutePath().normalize();
                    report = core.ingestor().ingestPath(path, null, progress);
                }
                System.out.println(target + ": " + report.summary());
                report.notes().stream().limit(20).forEach(n -> System.out.println("  note: " + n));
                report.failures().stream().limit(20).forEach(f -> System.out.println("  failed: " + f));
                if (report.failures().size() > 20) System.out.println("  ... and " + (report.failures().size() - 20) + " more failures");
                failed += report.failures().size();
            }
            System.out.println("The store now holds " + core.articles().count() + " articles.");
        }
        return failed == 0 ? 0 : 3;
    }

    /**
     * Fetches and parses first (through the guarded fetcher: refused addresses and credentials never get further),
     * and records the source only once there are articles to take in.
     */
    private static IngestReport ingestUrl(NewsbotCore core, URI uri, ProgressBar progress) {
        List<ArticleDraft> drafts = core.ingestor().parse(core.ingestor().fetch(uri));
        Source source = core.sources().add(Source.Kind.URL, uri.toString(), "console:local-user", core.clock().instant());
        IngestReport report = core.ingestor().ingestDrafts(drafts, source.id(), progress);
        core.sources().recordFetch(source.id(), core.clock().instant(), String.join("; ", report.failures()));
        return report;
    }
}
