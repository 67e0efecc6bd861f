package io.newsbot.bench;

import io.newsbot.index.RankFusion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run}: newsbot's benchmarks on the shared public data (retrieval and refusal, who said what, speed), with
 * the figures written to docs/benchmarks.md under their own headings.
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true, description = "Run newsbot's benchmarks and write docs/benchmarks.md.")
public final class BenchMain implements Callable<Integer> {
    static final int LARGE_INDEX_CHUNKS = 100_000;

    @Option(names = "--data", defaultValue = "../shared/bench", description = "the shared benchmark data, read in place (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--work", defaultValue = "bench/work", description = "the benchmark's own data directories and outputs (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--docs", defaultValue = "docs/benchmarks.md", description = "where the figures go (default ${DEFAULT-VALUE})")
    Path docs;

    @Option(names = "--only", split = ",", description = "run only some of: quotes, retrieval, speed, postgres, durability, hostile, phrasing, stories, summaries, story-cost, watches, speakers, realtimeqa, support")
    Set<String> only = Set.of();

    @Option(names = "--pg-url", defaultValue = "${env:NEWSBOT_BENCH_PG_URL}",
            description = "a PostgreSQL with pgvector for the postgres part (JDBC URL with credentials; default $NEWSBOT_BENCH_PG_URL); "
                    + "without it that part is skipped")
    String pgUrl;

    @Option(names = "--pg-chunks", defaultValue = "1000000", description = "chunks in the synthesised PostgreSQL archive (default ${DEFAULT-VALUE})")
    int pgChunks;

    @Option(names = "--rtqa-sample", defaultValue = "1",
            description = "RealTimeQA: ask lines 20k+1 and 20k+2 only for N=20 (one odd, one even line of each N), with only their articles indexed")
    int rtqaSample;

    @Option(names = "--speaker-splits", split = ",", defaultValue = "dev,train", description = "speakers: the PolNeAR splits to ask (default ${DEFAULT-VALUE})")
    List<String> speakerSplits;

    @Option(names = "--models", split = ",", description = "models: the embedding models to calibrate (default: every shipped one)")
    List<String> models = io.newsbot.index.ModelDescription.names();

    @Option(names = "--models-sample", defaultValue = "1", description = "models: every Nth article of the retrieval corpus (default ${DEFAULT-VALUE}: all)")
    int modelsSample;

    @Option(names = "--story-sizes", split = ",", defaultValue = "10000,100000",
            description = "story-cost: the grouped archive sizes placement is measured at (default ${DEFAULT-VALUE}; 100,000 takes an hour on a busy machine)")
    List<Integer> storySizes;

    @Option(names = "--reuse", description = "reuse the data directories and baseline store an earlier run built in --work")
    boolean reuse;

    @Option(names = "--sweep", description = "also try a grid of fusion settings")
    boolean sweep;

    @Override
    public Integer call() throws Exception {
        for (String part : only) {
            if (!Set.of("quotes", "retrieval", "speed", "postgres", "durability", "hostile", "phrasing", "watches", "speakers", "realtimeqa", "support", "models").contains(part) && !StoryParts.PARTS.contains(part)) throw new CommandLine.ParameterException(new CommandLine(this), "unknown part " + part);
        }
        BenchData bench = new BenchData(data);
        Report report = new Report(docs);
        Machine machine = Machine.now();
        String command = "bench/run" + (only.isEmpty() ? "" : " --only " + String.join(",", only))
                + (rtqaSample == 1 ? "" : " --rtqa-sample " + rtqaSample) + (speakerSplits.equals(List.of("dev", "train")) ? "" : " --speaker-splits " + String.join(",", speakerSplits)) + (storySizes.equals(List.of(10_000, 100_000)) ? "" : " --story-sizes " + storySizes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))) + (reuse ? " --reuse" : "") + (sweep ? " --sweep" : "");
        if (wants("quotes")) {
            AttributionBench quotes = new AttributionBench(data, Path.of("bench/score_attribution_spans.py"));
            var train = quotes.run(bench.polnear("train"), work.resolve("quotes-train.jsonl"));
            var dev = quotes.run(bench.polnear("dev"), work.resolve("quotes-dev.jsonl"));
            System.out.println("who said what, dev: " + dev.scores() + " " + dev.spans() + "; train: " + train.scores() + " " + train.spans());
            var splitting = SentenceSplitBench.run(bench.rawTexts().values());
            var scaling = AttributionScaling.run(String.join("\n\n", bench.rawTexts().values()).substring(0, 250_000), 250_000);
            report.section("Who said what", Sections.quotes(train, dev, splitting, scaling, machine, command));
        }
        StoryParts.run(this::wants, data, work, report, machine, command, reuse, sweep, pgUrl, storySizes);
        if (wants("speakers")) {
            SpeakerBench speakers = new SpeakerBench(data, work);
            List<SpeakerBench.Result> results = new ArrayList<>();
            for (String split : speakerSplits) results.add(speakers.run(split, split.equals("dev") ? "train" : "dev", reuse));
            report.section("Speaker questions", AnswerSections.speakers(results, machine, command));
        }
        if (wants("support")) {
            report.section("Checking a language model's sentences", AnswerSections.support(new SupportBench(data).run(), machine, command));
        }
        if (wants("realtimeqa")) {
            report.section("RealTimeQA", AnswerSections.realtimeQa(new RealtimeQaBench(data, work, rtqaSample, sweep).run(reuse), machine, command));
        }
        if (only.contains("models")) {
            List<ModelCalibrationBench.Result> calibrated = new ArrayList<>();
            for (String m : models) calibrated.add(new ModelCalibrationBench(bench, work, modelsSample).run(m));
            report.section("Embedding models' cosines", ModelCalibrationSection.markdown(calibrated, modelsSample, machine,
                    command + " --models " + String.join(",", models) + " --models-sample " + modelsSample));
        }
        if (wants("durability") || wants("hostile")) hardening(bench, report, machine, command);
        if (wants("watches")) report.section("Watches", WatchSection.markdown(WatchBench.run(bench, work), machine, command));
        if (only.contains("postgres") && (pgUrl == null || pgUrl.isBlank())) {
            throw new CommandLine.ParameterException(new CommandLine(this), "the postgres part needs --pg-url or NEWSBOT_BENCH_PG_URL");
        }
        if (!wants("retrieval") && !wants("speed") && !wants("postgres") && !wants("phrasing")) return 0;
        Path dataDir = work.resolve("data");
        BenchCorpus.IngestStats ingest = BenchCorpus.ensure(dataDir, bench.articles(), reuse);
        if (wants("phrasing")) {
            var phrasing = new PhrasingBench(data, dataDir).run();
            report.section("Phrasing robustness", PhrasingSection.markdown(phrasing, ingest, machine, command));
        }
        if (wants("retrieval")) {
            ExecutorService embedding = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try {
                var result = new RetrievalBench(bench, dataDir, work).run(embedding, reuse, sweep ? sweepGrid() : List.of());
                report.section("Retrieval and refusal", Sections.retrieval(result, ingest, machine, command));
            } finally {
                embedding.shutdown();
            }
        }
        if (wants("speed")) {
            List<String> questions = new ArrayList<>();
            bench.answerable().forEach(q -> questions.add(q.text()));
            bench.unanswerable().forEach(q -> questions.add(q.text()));
            System.out.println("Latency on " + ingest.added() + " articles:");
            var base = SpeedBench.measure(dataDir, questions);
            var startup = Startup.measure(dataDir, 3);
            var startupCds = Startup.measureWithClassArchive(dataDir, 3, work.resolve("newsbot-classes.jsa"));
            var scale = SyntheticScale.ensure(dataDir, work.resolve("data-100k"), LARGE_INDEX_CHUNKS, reuse);
            System.out.println("Latency on " + scale.chunks() + " chunks:");
            var large = SpeedBench.measure(work.resolve("data-100k"), questions);
            var largeStartup = Startup.measure(work.resolve("data-100k"), 3);
            report.section("Speed", Sections.speed(ingest, base, startup, startupCds, scale, large, largeStartup, machine, command));
        }
        if (wants("postgres") && pgUrl != null && !pgUrl.isBlank()) {
            List<String> questions = new ArrayList<>();
            bench.answerable().forEach(q -> questions.add(q.text()));
            bench.unanswerable().forEach(q -> questions.add(q.text()));
            System.out.println("Latency on the embedded store, " + ingest.chunks() + " chunks:");
            var embedded = SpeedBench.measure(dataDir, questions);
            var postgres = PostgresScale.run(pgUrl, work, bench.articles(), questions, pgChunks, reuse);
            report.section("PostgreSQL", Sections.postgres(ingest, embedded, postgres, machine, command));
        }
        System.out.println("Figures written to " + docs);
        return 0;
    }

    /** The hardening parts: what durable commits cost, and hostile content against a normal article. */
    private void hardening(BenchData bench, Report report, Machine machine, String command) throws Exception {
        List<String> texts = bench.articles().stream().map(io.newsbot.article.ArticleDraft::text).toList();
        if (wants("durability")) {
            int writes = 1000;
            var costs = DurabilityBench.run(work, texts, writes);
            report.section("Durable commits", HardeningSections.durability(costs, writes, Math.min(writes, texts.size()), machine, command));
        }
        if (wants("hostile")) report.section("Hostile content", HardeningSections.hostile(HostileContentBench.run(work, texts), machine, command));
    }

    private static List<RankFusion> sweepGrid() {
        List<RankFusion> out = new ArrayList<>();
        for (double w : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0}) out.add(new RankFusion(RankFusion.Method.SCORES, 60, 1.0, w, 50));
        for (int k : new int[] {5, 20, 60}) {
            for (double w : new double[] {0.2, 0.6, 1.0}) out.add(new RankFusion(RankFusion.Method.RANKS, k, 1.0, w, 50));
        }
        return out;
    }

    private boolean wants(String part) {
        return only.isEmpty() || only.contains(part);
    }

    public static void main(String[] args) {
        // bot-core's test jar (the phrasing part's rewrites) carries a logback-test.xml, which logback would prefer to ours.
        if (System.getProperty("logback.configurationFile") == null) System.setProperty("logback.configurationFile", "logback.xml");
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
