package io.newsbot.bench;

import io.newsbot.index.lucene.RankFusion;
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

/** {@code bench/run}: runs newsbot's benchmarks on the shared public data and writes the figures to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run newsbot's benchmarks.")
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/bench", description = "the shared benchmark data (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--work", defaultValue = "bench/work", description = "the benchmark's own stores and outputs (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--only", split = ",", description = "run only these: quotes, retrieval, speed")
    Set<String> only = Set.of();

    @Option(names = "--reuse", description = "reuse the index and baseline store an earlier run built in --work")
    boolean reuse;

    @Option(names = "--sweep", description = "also try a grid of rank-fusion settings")
    boolean sweep;

    @Override
    public Integer call() throws Exception {
        BenchData bench = new BenchData(data);
        if (wants("quotes")) {
            AttributionBench quotes = new AttributionBench(data);
            for (String split : new String[] {"train", "dev"}) {
                var r = quotes.run(bench.polnear(split), work.resolve("quotes-" + split + ".jsonl"));
                System.out.println(split + ": " + r.articles() + " articles, " + r.predictions() + " attributions in "
                        + String.format("%.1f s", r.seconds()) + ": " + r.scores());
            }
        }
        Path dataDir = work.resolve("data");
        if (wants("retrieval") || wants("speed")) {
            BenchCorpus.IngestStats ingest = BenchCorpus.ensure(dataDir, bench.articles(), reuse);
            System.out.println(ingest);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            if (wants("retrieval")) {
                var result = new RetrievalBench(bench, dataDir, work).run(executor, reuse, sweep ? sweepGrid() : List.of());
                System.out.println(result.refusal());
            }
        } finally {
            executor.shutdown();
        }
        return 0;
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
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
