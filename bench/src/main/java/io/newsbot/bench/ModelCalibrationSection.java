package io.newsbot.bench;

import java.util.List;
import java.util.Locale;

/** The markdown of the embedding-model calibration part of docs/benchmarks.md: the shipped models side by side. */
final class ModelCalibrationSection {
    private ModelCalibrationSection() {
    }

    static String markdown(List<ModelCalibrationBench.Result> results, int sampleEvery, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n```\n\n");
        ModelCalibrationBench.Result first = results.get(0);
        md.append(String.format(Locale.ROOT, """
                Each shipped model's two cosines (`ModelDescription`), calibrated on its own vectors. **Coverage cosine**: the \
                retrieval corpus%s ingested with the model (%d articles), the %d answerable questions of the kept articles and the \
                %d null questions asked as the bot reads them; on half A (alternate lines) the cosine, in steps of 0.01, that refuses \
                the most null questions while refusing under 5%% of answerable ones, the lexical threshold kept at the shipped 0.50; \
                judged on the held-out half B (and the reverse). **Topic cosine**: as in "Watches", the least threshold (steps of \
                0.05) at which at most 1%% of unrelated PolNeAR **train** articles would alert, checked on **dev**.

                | model | chunks | coverage cosine chosen on A | null refused, **held-out B** | answerable refused, **held-out B** | null / answerable refused on A (tuning) | chosen on B → null / answerable refused on held-out A | topic cosine chosen on train | topic on dev (held out): own article reached / unrelated alerting |
                |---|---|---|---|---|---|---|---|---|
                """, sampleEvery == 1 ? "" : String.format(Locale.ROOT, " (a sample: every %dth article)", sampleEvery),
                first.articles(), first.answerable(), first.unanswerable()));
        for (ModelCalibrationBench.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | **%.2f** | %.1f%% | %.1f%% | %.1f%% / %.1f%% | %.2f → %.1f%% / %.1f%% | **%.2f** | %.1f%% / %.2f%% |%n",
                    r.model(), r.chunks(), r.tunedOnA().minCosine(), r.heldOutB().unanswerableRefused(), r.heldOutB().answerableRefused(),
                    r.onA().unanswerableRefused(), r.onA().answerableRefused(), r.tunedOnB().minCosine(), r.heldOutA().unanswerableRefused(),
                    r.heldOutA().answerableRefused(), r.topic().threshold(), 100 * r.topic().devRecall(), 100 * r.topic().devFalse()));
        }
        md.append("\nIngest of the sample: ").append(String.join(", ", results.stream()
                .map(r -> String.format(Locale.ROOT, "%s %.0f s", r.model(), r.ingestSeconds())).toList())).append(".\n\n").append(machine.note()).append('\n');
        return md.toString();
    }
}
