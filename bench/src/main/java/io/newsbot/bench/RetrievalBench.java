package io.newsbot.bench;

import io.newsbot.app.NewsbotCore;
import io.newsbot.answer.Coverage;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.RankFusion;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Retrieval and refusal: Hits@1, Hits@5 and MRR@10 at the article level for newsbot's hybrid search, for BM25 alone
 * (the same index with the vector weight at 0) and for the plain LangChain4j baseline; and the "not covered" rate
 * on questions nothing answers against the wrong refusals of answerable ones.
 */
final class RetrievalBench {
    static final int PASSAGES = 50;
    private final BenchData data;
    private final Path dataDir;
    private final Path work;

    RetrievalBench(BenchData data, Path dataDir, Path work) {
        this.data = data;
        this.dataDir = dataDir;
        this.work = work;
    }

    /** A question as the bot reads it: its topic, date/publisher filter and embedding, computed once. */
    record Prepared(BenchData.Query query, String topic, SearchQuery.Filter filter, float[] vector) {
    }

    /** One system's ranking figures and its per-question search time (embedding included). */
    record Ranking(String system, RankMetrics metrics, Latencies latency) {
    }

    /** A fusion tried in the sweep and how it ranked. */
    record FusionTrial(RankFusion fusion, RankMetrics metrics) {
    }

    /** Refusal figures: at the shipped thresholds through the bot, and calibrated on one half, judged on the other. */
    record Refusal(Coverage shipped, Calibration.Outcome shippedThroughBot, Calibration.Outcome shippedSignals,
                   Coverage tuned, Calibration.Outcome tunedOnTuningHalf, Calibration.Outcome tunedOnReportHalf,
                   Coverage reverse, Calibration.Outcome reverseOnHeldOut, Coverage baselineTuned, Calibration.Outcome baselineOnReportHalf,
                   int answerable, int unanswerable) {
    }

    record Result(int articles, long chunks, int baselineSegments, RankFusion fusion, List<Ranking> rankings, List<RankMetrics> hybridHalves,
                  List<RankMetrics> bm25Halves, List<FusionTrial> sweep, Refusal refusal) {
    }

    Result run(ExecutorService executor, boolean reuse, List<RankFusion> sweepFusions) throws Exception {
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dataDir), Clock.systemUTC())) {
            return run(core, executor, reuse, sweepFusions);
        }
    }

    private Result run(NewsbotCore core, ExecutorService executor, boolean reuse, List<RankFusion> sweepFusions) throws Exception {
        Map<Long, String> keys = BenchCorpus.keys(core.articles());
        long chunks = core.index().chunkCount();
        QuestionParser parser = new QuestionParser(Clock.systemUTC(), core.settings().zone());
        List<String> publishers = core.articles().publishers().stream().map(p -> p.publisher().toLowerCase(Locale.ROOT)).toList();
        List<BenchData.Query> answerable = data.answerable();
        List<BenchData.Query> unanswerable = data.unanswerable();

        // newsbot hybrid, exactly as the answerer searches (question parsed, topic embedded, shipped fusion)
        Latencies hybridTime = new Latencies();
        RankMetrics hybrid = new RankMetrics();
        Map<String, Prepared> prepared = new LinkedHashMap<>();
        Map<String, Calibration.Signals> signals = new LinkedHashMap<>();
        for (BenchData.Query q : concat(answerable, unanswerable)) {
            long t0 = System.nanoTime();
            Question question = parser.parse(q.text(), null, publishers);
            float[] vector = core.embedder().embedQuery(question.searchText());
            SearchResult r = core.index().search(new SearchQuery(question.searchText(), vector, PASSAGES, question.filter()));
            hybridTime.add(System.nanoTime() - t0);
            prepared.put(q.id(), new Prepared(q, question.searchText(), question.filter(), vector));
            signals.put(q.id(), new Calibration.Signals(r.lexicalCoverage(), r.bestCosine(), !r.passages().isEmpty()));
            if (q.articleKey() != null) hybrid.add(articles(r, keys), q.articleKey());
        }
        System.out.println("newsbot hybrid " + core.settings().fusion() + ": " + hybrid);

        // refusal through the bot at the shipped thresholds
        int refusedAnswerable = 0;
        int refusedUnanswerable = 0;
        int n = 0;
        for (BenchData.Query q : concat(answerable, unanswerable)) {
            Reply reply = core.bot().handle(message("bench-" + (n++ % 50), q.text())).orElseThrow();
            if (reply.kind() == Reply.Kind.NOT_COVERED) {
                if (q.articleKey() == null) refusedUnanswerable++;
                else refusedAnswerable++;
            }
        }
        Coverage shipped = core.settings().coverage();
        var throughBot = new Calibration.Outcome(100.0 * refusedUnanswerable / unanswerable.size(), 100.0 * refusedAnswerable / answerable.size());
        System.out.println("refusal through the bot at " + shipped + ": " + throughBot);
        String embedderName = core.embedder().name();
        RankFusion shippedFusion = core.settings().fusion();
        return finish(keys, chunks, embedderName, shippedFusion, shipped, throughBot, answerable, unanswerable, prepared, signals,
                new Ranking("newsbot hybrid", hybrid, hybridTime), executor, reuse, sweepFusions, core);
    }

    private Result finish(Map<Long, String> keys, long chunks, String embedderName, RankFusion shippedFusion, Coverage shipped,
                          Calibration.Outcome throughBot, List<BenchData.Query> answerable, List<BenchData.Query> unanswerable,
                          Map<String, Prepared> prepared, Map<String, Calibration.Signals> signals, Ranking hybrid,
                          ExecutorService executor, boolean reuse, List<RankFusion> sweepFusions, NewsbotCore core) throws Exception {
        List<Ranking> rankings = new ArrayList<>();
        rankings.add(hybrid);
        // The core holds the index's writer lock; the other fusions are read through a second index object once it is closed.
        core.close();
        RankFusion bm25 = new RankFusion(RankFusion.Method.SCORES, shippedFusion.k(), 1.0, 0.0, shippedFusion.depth());
        Latencies bm25Time = new Latencies();
        rankings.add(new Ranking("BM25 alone", rank(bm25, embedderName, answerable, prepared, keys, bm25Time), bm25Time));
        List<RankMetrics> bm25Halves = List.of(rank(bm25, embedderName, Calibration.half(answerable, 0), prepared, keys),
                rank(bm25, embedderName, Calibration.half(answerable, 1), prepared, keys));
        List<RankMetrics> hybridHalves = List.of(rank(shippedFusion, embedderName, Calibration.half(answerable, 0), prepared, keys),
                rank(shippedFusion, embedderName, Calibration.half(answerable, 1), prepared, keys));
        System.out.println("BM25 alone: " + rankings.get(rankings.size() - 1).metrics());
        RankFusion rrf = new RankFusion(RankFusion.Method.RANKS, 60, 1.0, 0.6, shippedFusion.depth());
        rankings.add(new Ranking("reciprocal rank fusion (k 60, weights 1 and 0.6)", rank(rrf, embedderName, answerable, prepared, keys), null));
        System.out.println("RRF: " + rankings.get(rankings.size() - 1).metrics());
        List<FusionTrial> sweep = new ArrayList<>();
        for (RankFusion f : sweepFusions) {
            RankMetrics m = rank(f, embedderName, answerable, prepared, keys);
            System.out.println("  sweep " + f + ": " + m);
            sweep.add(new FusionTrial(f, m));
        }

        LangChainBaseline baseline = new LangChainBaseline(embedderName, executor);
        LangChainBaseline.Built built = baseline.build(data.rawTexts(), work.resolve("baseline-store.json"), reuse);
        System.out.printf("LangChain4j baseline: %d segments (%s)%n", built.segments(), built.reused() ? "reused" : String.format("built in %.0f s", built.seconds()));
        RankMetrics base = new RankMetrics();
        Latencies baseTime = new Latencies();
        Map<String, Calibration.Signals> baseSignals = new LinkedHashMap<>();
        for (BenchData.Query q : concat(answerable, unanswerable)) {
            long t0 = System.nanoTime();
            LangChainBaseline.Hits hits = baseline.search(q.text(), PASSAGES);
            baseTime.add(System.nanoTime() - t0);
            baseSignals.put(q.id(), new Calibration.Signals(0, hits.bestCosine(), !hits.articles().isEmpty()));
            if (q.articleKey() != null) base.add(hits.articles(), q.articleKey());
        }
        System.out.println("LangChain4j baseline: " + base);
        rankings.add(new Ranking("LangChain4j baseline", base, baseTime));

        List<Calibration.Signals> ans = answerable.stream().map(q -> signals.get(q.id())).toList();
        List<Calibration.Signals> una = unanswerable.stream().map(q -> signals.get(q.id())).toList();
        Coverage tuned = Calibration.tune(Calibration.half(ans, 0), Calibration.half(una, 0), 5.0, true, true);
        Coverage reverse = Calibration.tune(Calibration.half(ans, 1), Calibration.half(una, 1), 5.0, true, true);
        var reverseHeldOut = Calibration.apply(reverse, Calibration.half(ans, 0), Calibration.half(una, 0));
        var tunedTune = Calibration.apply(tuned, Calibration.half(ans, 0), Calibration.half(una, 0));
        var tunedReport = Calibration.apply(tuned, Calibration.half(ans, 1), Calibration.half(una, 1));
        var shippedAll = Calibration.apply(shipped, ans, una);
        List<Calibration.Signals> bAns = answerable.stream().map(q -> baseSignals.get(q.id())).toList();
        List<Calibration.Signals> bUna = unanswerable.stream().map(q -> baseSignals.get(q.id())).toList();
        Coverage baseTuned = Calibration.tune(Calibration.half(bAns, 0), Calibration.half(bUna, 0), 5.0, false, true);
        var baseReport = Calibration.apply(baseTuned, Calibration.half(bAns, 1), Calibration.half(bUna, 1));
        System.out.println("calibrated on the tuning half: " + tuned + " -> tuning half " + tunedTune + ", report half " + tunedReport);
        System.out.println("baseline calibrated: " + baseTuned + " -> report half " + baseReport);
        System.out.println("reverse: calibrated on the second half " + reverse + " -> first half " + reverseHeldOut);
        Refusal refusal = new Refusal(shipped, throughBot, shippedAll, tuned, tunedTune, tunedReport, reverse, reverseHeldOut, baseTuned, baseReport,
                answerable.size(), unanswerable.size());
        return new Result(keys.size(), chunks, built.segments(), shippedFusion, rankings, hybridHalves, bm25Halves, sweep, refusal);
    }

    private RankMetrics rank(RankFusion fusion, String embedderName, List<BenchData.Query> answerable, Map<String, Prepared> prepared,
                             Map<Long, String> keys) {
        return rank(fusion, embedderName, answerable, prepared, keys, new Latencies());
    }

    /** Ranks with another fusion, through a second index object on the same directory; {@code time} gets each search's time. */
    private RankMetrics rank(RankFusion fusion, String embedderName, List<BenchData.Query> answerable, Map<String, Prepared> prepared,
                             Map<Long, String> keys, Latencies time) {
        RankMetrics m = new RankMetrics();
        try (LuceneSearchIndex index = new LuceneSearchIndex(dataDir.resolve("index"), embedderName, fusion)) {
            for (BenchData.Query q : answerable) {
                Prepared p = prepared.get(q.id());
                long t0 = System.nanoTime();
                SearchResult r = index.search(new SearchQuery(p.topic(), p.vector(), PASSAGES, p.filter()));
                time.add(System.nanoTime() - t0);
                m.add(articles(r, keys), q.articleKey());
            }
        }
        return m;
    }

    static List<String> articles(SearchResult r, Map<Long, String> keys) {
        List<String> out = new ArrayList<>();
        for (Passage p : r.passages()) out.add(keys.getOrDefault(p.articleId(), "?"));
        return out;
    }

    static InboundMessage message(String user, String text) {
        return new InboundMessage(new ChatRef("bench", user, ChatType.PRIVATE), new Sender("bench", user, user), text, null, Instant.now());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
