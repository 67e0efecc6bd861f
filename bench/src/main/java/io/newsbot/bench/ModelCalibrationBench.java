package io.newsbot.bench;

import io.newsbot.answer.Coverage;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.ModelDescription;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import io.newsbot.index.onnx.OnnxEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Calibrates one embedding model's two cosines ({@link ModelDescription#coverageCosine()} and
 * {@link ModelDescription#topicCosine()}) the way all-MiniLM-L6-v2's were: the coverage cosine on half A of the retrieval
 * and null questions with the lexical threshold kept at the shipped 0.50 (BM25 does not depend on the model), judged on
 * the held-out half B; the topic cosine as the watches part does, on PolNeAR train, checked on dev.
 */
final class ModelCalibrationBench {
    private final BenchData data;
    private final Path work;
    private final int sampleEvery;

    /**
     * @param sampleEvery 1 for the whole retrieval corpus; N for every Nth CNN/DailyMail and PolNeAR article, with the
     *                    answerable questions of the CNN/DailyMail articles kept (all null questions are asked)
     */
    ModelCalibrationBench(BenchData data, Path work, int sampleEvery) {
        if (sampleEvery < 1) throw new IllegalArgumentException("sampleEvery must be at least 1");
        this.data = data;
        this.work = work;
        this.sampleEvery = sampleEvery;
    }

    /** The coverage cosine chosen on each half and how it refuses on the other; the topic cosine on train and dev. */
    record Result(String model, int articles, long chunks, double ingestSeconds, int answerable, int unanswerable,
                  Coverage tunedOnA, Calibration.Outcome onA, Calibration.Outcome heldOutB,
                  Coverage tunedOnB, Calibration.Outcome heldOutA, WatchBench.Calibration topic) {
    }

    Result run(String model) throws Exception {
        ModelDescription description = ModelDescription.named(model);
        List<ArticleDraft> all = data.articles();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (i % sampleEvery == 0) drafts.add(all.get(i));
        Set<String> kept = new HashSet<>();
        drafts.forEach(d -> kept.add(d.locator()));
        List<BenchData.Query> answerable = data.answerable().stream().filter(q -> kept.contains(q.articleKey())).toList();
        List<BenchData.Query> unanswerable = data.unanswerable();

        Path dataDir = work.resolve("calibration-" + model + (sampleEvery == 1 ? "" : "-sample-" + sampleEvery));
        BenchCorpus.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        CoreSettings d = BenchCorpus.settings(dataDir);
        CoreSettings settings = new CoreSettings(dataDir, model, d.chunkWords(), d.coverage(), d.fusion(), d.zone(), d.maxQuestionChars(),
                d.userPerMinute(), d.chatPerMinute(), d.admins(), d.fetch(), false);
        List<Calibration.Signals> ans = new ArrayList<>();
        List<Calibration.Signals> una = new ArrayList<>();
        int articles;
        long chunks;
        double seconds;
        try (NewsbotCore core = NewsbotCore.open(settings, Clock.systemUTC())) {
            System.out.printf("calibration: ingesting %d articles with %s ...%n", drafts.size(), model);
            long started = System.nanoTime();
            core.ingestor().ingestDrafts(drafts, null, (done, total) -> {
                if (done % 50 == 0 || done == total) System.out.printf("  %d/%d articles, %.0f s%n", done, total, (System.nanoTime() - started) / 1e9);
            });
            seconds = (System.nanoTime() - started) / 1e9;
            articles = (int) core.articles().count();
            chunks = core.index().chunkCount();
            QuestionParser parser = new QuestionParser(Clock.systemUTC(), core.settings().zone());
            List<String> publishers = core.articles().publishers().stream().map(p -> p.publisher().toLowerCase(Locale.ROOT)).toList();
            for (BenchData.Query q : answerable) ans.add(signals(core, parser, publishers, q));
            for (BenchData.Query q : unanswerable) una.add(signals(core, parser, publishers, q));
        }
        double lexical = Coverage.DEFAULT.minLexical();
        Coverage onA = tuneCosine(lexical, Calibration.half(ans, 0), Calibration.half(una, 0));
        Coverage onB = tuneCosine(lexical, Calibration.half(ans, 1), Calibration.half(una, 1));
        WatchBench.Calibration topic = topic(model);
        Result r = new Result(model, articles, chunks, seconds, answerable.size(), unanswerable.size(),
                onA, Calibration.apply(onA, Calibration.half(ans, 0), Calibration.half(una, 0)),
                Calibration.apply(onA, Calibration.half(ans, 1), Calibration.half(una, 1)),
                onB, Calibration.apply(onB, Calibration.half(ans, 0), Calibration.half(una, 0)), topic);
        System.out.println("calibration: " + r);
        return r;
    }

    private static Calibration.Signals signals(NewsbotCore core, QuestionParser parser, List<String> publishers, BenchData.Query q) {
        Question question = parser.parse(q.text(), null, publishers);
        float[] vector = core.embedder().embedQuery(question.searchText());
        SearchResult r = core.index().search(new SearchQuery(question.searchText(), vector, RetrievalBench.PASSAGES, question.filter()));
        return new Calibration.Signals(r.lexicalCoverage(), r.bestCosine(), !r.passages().isEmpty());
    }

    /**
     * The cosine (steps of 0.01) that refuses the most unanswerable questions while refusing under 5% of answerable
     * ones, the lexical threshold fixed; ties go to fewer false refusals, then to the lower cosine.
     */
    static Coverage tuneCosine(double lexical, List<Calibration.Signals> answerable, List<Calibration.Signals> unanswerable) {
        Coverage best = null;
        Calibration.Outcome bestOutcome = null;
        for (int c = 0; c <= 100; c++) {
            Coverage cov = new Coverage(lexical, c / 100.0);
            Calibration.Outcome o = Calibration.apply(cov, answerable, unanswerable);
            if (o.answerableRefused() >= 5.0) continue;
            if (bestOutcome == null || o.unanswerableRefused() > bestOutcome.unanswerableRefused()
                    || o.unanswerableRefused() == bestOutcome.unanswerableRefused() && o.answerableRefused() < bestOutcome.answerableRefused()) {
                best = cov;
                bestOutcome = o;
            }
        }
        return best == null ? new Coverage(lexical, 1.0) : best;
    }

    private WatchBench.Calibration topic(String model) throws Exception {
        List<Article> train = WatchBench.articles(data.polnear("train"), 1);
        List<Article> dev = WatchBench.articles(data.polnear("dev"), 100_000);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            WatchBench.Calibration c = WatchBench.calibrate(new OnnxEmbedder(model, pool), train, dev);
            System.out.printf("calibration: %s topic cosine %.2f (train recall %.3f, false %.4f; dev recall %.3f, false %.4f)%n", model,
                    c.threshold(), c.trainRecall(), c.trainFalse(), c.devRecall(), c.devFalse());
            return c;
        } finally {
            pool.shutdown();
        }
    }
}
