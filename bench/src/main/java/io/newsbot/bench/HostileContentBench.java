package io.newsbot.bench;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.Chunker;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.ingest.ContentLimits;
import io.newsbot.ingest.HtmlParser;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.quote.AttributionExtractor;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Time and memory of each stage for hostile articles against a normal article of the same size: ingest (parse, clean,
 * cut to the limits, chunk, embed, store, index) and one question, each article in a data directory of its own. Memory
 * is the bytes allocated by all threads during the stage (the JVM's per-thread allocation counters), which grows with
 * the work done whatever the garbage collector does. A stage that runs past {@link #CAP_SECONDS} is left running and
 * reported as over it.
 */
final class HostileContentBench {
    static final long CAP_SECONDS = 300;

    /** One stage's cost. {@code seconds} is negative when the stage ran past the cap. */
    record Cost(double seconds, double allocatedMb) {
    }

    /** The figures of one input. */
    record Row(String name, int inputChars, int keptChars, long chunks, List<String> notes, Cost ingest, Cost split, Cost attribution,
               Cost question, String replyKind) {
    }

    private HostileContentBench() {
    }

    static List<Row> run(Path work, List<String> realTexts) throws Exception {
        ContentLimits limits = ContentLimits.DEFAULT;
        List<Row> rows = new ArrayList<>();
        ExecutorService stages = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-stage");
            t.setDaemon(true);
            return t;
        });
        for (HostileInputs.Input input : HostileInputs.all(realTexts, limits.maxArticleChars() - 1000)) {
            Path dir = work.resolve("hostile").resolve(Integer.toString(rows.size()));
            BenchCorpus.deleteTree(dir);
            System.out.println("hostile input: " + input.name());
            try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dir), Clock.systemUTC())) {
                IngestReport[] report = new IngestReport[1];
                Cost ingest = measure(stages, () -> {
                    List<ArticleDraft> drafts = input.html() ? new HtmlParser(limits.maxPageDepth()).parse(input.draft().locator(),
                            input.draft().text()) : List.of(input.draft());
                    report[0] = core.ingestor().ingestDrafts(drafts, null, Ingestor.Progress.NONE);
                });
                if (report[0] == null || report[0].added() != 1) {
                    System.out.println("  not ingested: " + (report[0] == null ? "over the cap" : report[0].failures()));
                    rows.add(new Row(input.name(), input.draft().text().length(), 0, 0, report[0] == null ? List.of() : report[0].failures(),
                            ingest, new Cost(0, 0), new Cost(0, 0), new Cost(0, 0), "not ingested"));
                    continue;
                }
                Article article = core.articles().byId(core.articles().allIds().get(0)).orElseThrow();
                Cost split = measure(stages, () -> new Chunker(new SentenceSplitter(), 120, limits.maxChunks()).chunk(article));
                Cost attribution = measure(stages, () -> new AttributionExtractor(new SentenceSplitter()).extract(article.body()));
                String[] kind = {"over the cap"};
                Cost question = measure(stages, () -> {
                    Reply reply = core.bot().handle(RetrievalBench.message("hostile", input.question())).orElseThrow();
                    kind[0] = reply.kind().name().toLowerCase(java.util.Locale.ROOT);
                });
                Row row = new Row(input.name(), input.draft().text().length(), article.body().length(), core.index().chunkCount(),
                        report[0].notes(), ingest, split, attribution, question, kind[0]);
                System.out.println("  " + row);
                rows.add(row);
            }
        }
        stages.shutdownNow();
        return rows;
    }

    private static Cost measure(ExecutorService stages, Runnable stage) throws Exception {
        long allocated = allocated();
        long t0 = System.nanoTime();
        Future<?> running = stages.submit(stage);
        try {
            running.get(CAP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return new Cost(-CAP_SECONDS, (allocated() - allocated) / 1e6);
        }
        return new Cost((System.nanoTime() - t0) / 1e9, (allocated() - allocated) / 1e6);
    }

    /** Bytes allocated so far by every live thread. */
    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) if (b > 0) sum += b;
        return sum;
    }
}
