package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.answer.Coverage;
import java.util.List;
import java.util.Locale;

/** The markdown of the three sections this benchmark owns in docs/benchmarks.md. */
final class Sections {
    private Sections() {
    }

    static String retrieval(RetrievalBench.Result r, BenchCorpus.IngestStats ingest, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Corpus: the 250 CNN/DailyMail and 924 PolNeAR articles of `../shared/bench` (no demo articles), "
                + "ingested with the core (`Ingestor.ingestDrafts`, %s): %d stored (%d rejected as too short, %d as a duplicate of another), "
                + "%,d chunks of about 120 words in whole sentences. CNN/DailyMail articles have no headline in the data, so their "
                + "title is a neutral token from the id (the URL slug would hand newsbot a summary the baseline never sees). "
                + "Questions: the %d highlight sentences of `retrieval/queries.jsonl`, asked as the bot reads them (question parsed, "
                + "topic searched). Scored at the article level: the ranked passages' articles, in order, without repeats.%n%n",
                ingest.model(), r.articles(), ingest.failures(), ingest.duplicates(), r.chunks(), r.refusal().answerable()));
        md.append("| system | Hits@1 | Hits@5 | MRR@10 | search p50 / p99 ms |\n|---|---|---|---|---|\n");
        for (RetrievalBench.Ranking k : r.rankings()) {
            String time = k.latency() == null ? "" : String.format(Locale.ROOT, "%.1f / %.1f", k.latency().percentileMs(50), k.latency().percentileMs(99));
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.3f | %s |%n", k.system(), k.metrics().hits1(), k.metrics().hits5(),
                    k.metrics().mrr10(), time));
        }
        md.append(String.format(Locale.ROOT, "%n- **newsbot hybrid** is the shipped search: BM25 over title and chunk text (Lucene EnglishAnalyzer) "
                + "and HNSW over the chunk vectors, fused by score (`RankFusion.DEFAULT`): BM25 divided by the most the question's words "
                + "could score, plus %.1f × cosine. Search times include parsing and embedding the question where the system uses "
                + "an embedding (BM25 alone needs none).%n", r.fusion().vectorWeight()));
        md.append("- **BM25 alone** is the same index with the vector weight at 0. **Reciprocal rank fusion** is the fusion shipped "
                + "before this benchmark (k 60, weights 1 and 0.6): it lost to BM25 alone on Hits@1, because the questions share rare "
                + "names with their articles and ranks throw away how well those match.\n");
        md.append(String.format(Locale.ROOT, "- **LangChain4j baseline**: `DocumentSplitters.recursive(300, 30, HuggingFaceTokenCountEstimator)` "
                + "(300 tokens, 30 overlap; %,d segments), `InMemoryEmbeddingStore`, the same %s model, top 50 by cosine, the raw "
                + "question embedded.%n", r.baselineSegments(), ingest.model()));
        md.append(halves(r));
        if (!r.sweep().isEmpty()) {
            md.append("\nFusion settings tried (`bench/run --sweep`), all questions:\n\n| method | k | vector weight | Hits@1 | Hits@5 | MRR@10 |\n"
                    + "|---|---|---|---|---|---|\n");
            for (RetrievalBench.FusionTrial t : r.sweep()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.3f |%n", t.fusion().method().name().toLowerCase(Locale.ROOT),
                        t.fusion().method() == io.newsbot.index.RankFusion.Method.RANKS ? Integer.toString(t.fusion().k()) : "",
                        t.fusion().vectorWeight(), t.metrics().hits1(), t.metrics().hits5(), t.metrics().mrr10()));
            }
        }
        md.append(refusal(r.refusal()));
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static String halves(RetrievalBench.Result r) {
        StringBuilder md = new StringBuilder("- The vector weight was chosen from the sweep below on all questions; on each half of the "
                + "questions (alternate lines) alone, hybrid against BM25: ");
        for (int h = 0; h < 2; h++) {
            RankMetrics hy = r.hybridHalves().get(h);
            RankMetrics bm = r.bm25Halves().get(h);
            md.append(String.format(Locale.ROOT, "%s half %.1f / %.1f / %.3f against %.1f / %.1f / %.3f", h == 0 ? "first" : "; second",
                    hy.hits1(), hy.hits5(), hy.mrr10(), bm.hits1(), bm.hits5(), bm.mrr10()));
        }
        return md.append(". The margins over BM25 are a few questions in 913: real but small; the dense side (all-MiniLM-L6-v2) "
                + "alone reaches only about 81 Hits@1 on these questions.\n").toString();
    }

    private static String refusal(RetrievalBench.Refusal f) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n**Refusal.** A question is answered \"not covered\" unless its best passage matches enough of "
                + "its words (BM25 over the attainable maximum) or is close enough in meaning (cosine): `Coverage`. Unanswerable: the %d "
                + "BBC (XSum) summaries of `retrieval/null-queries.jsonl`; answerable: the %d questions above.%n%n", f.unanswerable(), f.answerable()));
        md.append("| thresholds (lexical, cosine) | measured on | unanswerable refused | answerable wrongly refused |\n|---|---|---|---|\n");
        md.append(row(f.shipped(), "shipped; all questions, through `Bot.handle`", f.shippedThroughBot()));
        md.append(row(f.tuned(), "calibrated on half A, measured on **held-out half B**", f.tunedOnReportHalf()));
        md.append(row(f.tuned(), "the same, on half A where it was tuned", f.tunedOnTuningHalf()));
        md.append(row(f.reverse(), "calibrated on half B, measured on held-out half A", f.reverseOnHeldOut()));
        md.append(row(f.baselineTuned(), "LangChain4j baseline (top cosine), calibrated on A, held-out B", f.baselineOnReportHalf()));
        md.append("\nCalibration: on the tuning half, the thresholds (steps of 0.01) that refuse the most unanswerable questions while "
                + "refusing under 5% of answerable ones; halves are alternate lines of each file. The lexical share does nearly all the "
                + "work (the cosine of all-MiniLM-L6-v2 separates the two sets poorly), and the trade-off is steep around 0.5: the two "
                + "halves disagree by a few points, so read the held-out figures as ±3.\n");
        return md.toString();
    }

    private static String row(Coverage c, String where, Calibration.Outcome o) {
        return String.format(Locale.ROOT, "| %.2f, %.2f | %s | %.1f%% | %.1f%% |%n", c.minLexical(), c.minCosine(), where, o.unanswerableRefused(),
                o.answerableRefused());
    }

    static String quotes(AttributionBench.Result train, AttributionBench.Result dev, List<SentenceSplitBench.Result> splitting,
                         List<AttributionScaling.Result> scaling, Machine machine, String command) {
        return QuotesSection.write(train, dev, splitting, scaling, machine, command);
    }

    static String speed(BenchCorpus.IngestStats ingest, SpeedBench.Latency base, Startup.Result startup, Startup.Result startupCds,
                        SyntheticScale.Built scale,
                        SpeedBench.Latency large, Startup.Result largeStartup, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| ingest, %d articles (%,d chunks), %s, measured %s | %.0f s: **%.2f articles/s**, %.1f chunks/s |%n",
                ingest.added(), ingest.chunks(), ingest.model(), ingest.measuredAt().substring(0, 10), ingest.seconds(), ingest.articlesPerSecond(),
                ingest.chunksPerSecond()));
        md.append(String.format(Locale.ROOT, "| heap in use after the ingest (after a full GC) | %.0f MB |%n", ingest.heapAfterMb()));
        latency(md, "1,174 articles", base);
        md.append(String.format(Locale.ROOT, "| start-up on the existing index: `NewsbotCore.open` in a fresh JVM (median of %d) | **%.0f ms** "
                + "(JVM start to ready %d ms; first answer %.0f ms) |%n", startup.runs(), startup.openMs(), startup.jvmToReadyMs(), startup.firstAnswerMs()));
        md.append(String.format(Locale.ROOT, "| the same with an AppCDS class archive (`-XX:SharedArchiveFile`, written by one earlier run with "
                + "`-XX:ArchiveClassesAtExit`) | %.0f ms (JVM start to ready %d ms; first answer %.0f ms) |%n", startupCds.openMs(),
                startupCds.jvmToReadyMs(), startupCds.firstAnswerMs()));
        md.append(String.format(Locale.ROOT, "| synthetic large index: %,d chunks, %,d articles, built in %.0f s | |%n", scale.chunks(), scale.articles(),
                scale.seconds()));
        latency(md, String.format(Locale.ROOT, "%,d chunks", scale.chunks()), large);
        md.append(String.format(Locale.ROOT, "| start-up on the %,d-chunk index (median of %d) | %.0f ms (JVM start to ready %d ms) |%n", largeStartup.chunks(),
                largeStartup.runs(), largeStartup.openMs(), largeStartup.jvmToReadyMs()));
        md.append(String.format(Locale.ROOT, "%nLatency is question to answer through `Bot.handle` (parse, embed the question, hybrid search, "
                + "extractive answer with attributions, question log), with a warm index: %d warm-up questions first, then the %d "
                + "benchmark questions (answerable and unanswerable) once by one asker and once by eight asking at the same time from "
                + "a pool of eight threads. The ingest figure is from the run that built the index (`--reuse` keeps it).%n", 200, base.questions()));
        md.append(String.format(Locale.ROOT, "%nThe large index is synthesised, not embedded (embedding 100k chunks takes hours on these "
                + "cores): the 1,174-article data directory is copied and every article replicated %d times through the core's store "
                + "and index writer. A replica keeps each chunk's sentences in a shuffled order (same words for BM25, new texts) and "
                + "the chunk's vector plus Gaussian noise (sigma 0.025 per dimension, cosine about 0.9 to the original, renormalised), "
                + "so HNSW holds %,d distinct, clustered points.%n", scale.replicas(), scale.chunks()));
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static void latency(StringBuilder md, String what, SpeedBench.Latency l) {
        md.append(String.format(Locale.ROOT, "| question latency, %s, one asker | **p50 %.1f ms, p99 %.1f ms** |%n", what, l.single().percentileMs(50),
                l.single().percentileMs(99)));
        md.append(String.format(Locale.ROOT, "| question latency, %s, 8 concurrent askers | p50 %.1f ms, p99 %.1f ms; %.0f questions/s |%n", what,
                l.concurrent().percentileMs(50), l.concurrent().percentileMs(99), l.concurrentPerSecond()));
    }

    static String postgres(BenchCorpus.IngestStats embeddedIngest, SpeedBench.Latency embedded, PostgresScale.Result pg, Machine machine,
                           String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("   # with NEWSBOT_BENCH_PG_URL set (.ci/postgres.sh starts a server)\n```\n\n");
        md.append("| store | chunks | ingest | one asker p50 / p99 | 8 askers p50 / p99 | 8 askers throughput |\n|---|---|---|---|---|---|\n");
        row(md, "H2 + Lucene (embedded default)", embeddedIngest.chunks(), String.format(Locale.ROOT, "%.2f articles/s (%.1f chunks/s)",
                embeddedIngest.articlesPerSecond(), embeddedIngest.chunksPerSecond()), embedded);
        row(md, "PostgreSQL + pgvector", pg.ingest().chunks(), String.format(Locale.ROOT, "%.2f articles/s (%.1f chunks/s)",
                pg.ingest().articlesPerSecond(), pg.ingest().chunksPerSecond()), pg.base());
        row(md, "PostgreSQL + pgvector, synthesised", pg.scale().chunks(), "(synthesised, see below)", pg.large());
        md.append(String.format(Locale.ROOT, "%nServer: %s on 127.0.0.1, a local throwaway cluster on the same "
                + "machine as the benchmark (the server's work counts in the load below). Ingest is the whole pipeline through `Ingestor.ingestDrafts` "
                + "(cleaning, chunking, embedding with %s, store and index writes) on the %d benchmark articles; the embedded figure is "
                + "from the run that built its data directory (`--reuse` keeps it). Latency is question to answer through `Bot.handle`, "
                + "as in the Speed section: %d questions after 200 warm-up ones, once by one asker and once by eight at the same time.%n",
                pg.server(), pg.ingest().model(), pg.ingest().added(), pg.base().questions()));
        md.append(String.format(Locale.ROOT, "%nThe large archive is synthesised inside PostgreSQL: the ingested articles and their chunks are "
                + "copied %d times, each copy's vectors with Gaussian noise (sigma %.3f per dimension, renormalised; about 0.9 cosine to the "
                + "original) and the same words, giving %,d articles and %,d chunks in %.0f s; the HNSW index (m 16, ef_construction 64, "
                + "cosine) was then built once in %.0f s (%,.0f MB; the table with its other indexes %,.0f MB).%n",
                pg.scale().replicas(), 0.025, pg.scale().articles(), pg.scale().chunks(), pg.scale().replicateSeconds(), pg.scale().hnswSeconds(),
                pg.scale().hnswBytes() / 1048576.0, pg.scale().tableBytes() / 1048576.0));
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String store, long chunks, String ingest, SpeedBench.Latency l) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %s | **%.1f / %.1f ms** | %.1f / %.1f ms | %.0f questions/s |%n", store, chunks, ingest,
                l.single().percentileMs(50), l.single().percentileMs(99), l.concurrent().percentileMs(50), l.concurrent().percentileMs(99),
                l.concurrentPerSecond()));
    }
}
