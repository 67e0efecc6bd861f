package io.newsbot.bench;

import io.newsbot.answer.Coverage;
import java.util.List;

/**
 * Calibrates the "not covered" thresholds: a question is refused when its best passage has neither enough lexical
 * coverage nor a high enough cosine (the rule of {@link Coverage}). Thresholds are chosen on one half of the
 * questions and judged on the other.
 */
final class Calibration {
    private Calibration() {
    }

    /** The two signals {@link Coverage} looks at for one question; {@code found} is false when nothing matched at all. */
    record Signals(double lexical, double cosine, boolean found) {
    }

    /** Shares refused, in percent. */
    record Outcome(double unanswerableRefused, double answerableRefused) {
    }

    static boolean refused(Coverage c, Signals s) {
        return !s.found() || !(s.lexical() >= c.minLexical() || s.cosine() >= c.minCosine());
    }

    static Outcome apply(Coverage c, List<Signals> answerable, List<Signals> unanswerable) {
        return new Outcome(share(c, unanswerable), share(c, answerable));
    }

    private static double share(Coverage c, List<Signals> signals) {
        if (signals.isEmpty()) return 0;
        long n = signals.stream().filter(s -> refused(c, s)).count();
        return 100.0 * n / signals.size();
    }

    /**
     * The thresholds that refuse the most unanswerable questions while refusing under {@code maxFalse} percent of
     * answerable ones; ties go to fewer false refusals, then to lower thresholds.
     */
    static Coverage tune(List<Signals> answerable, List<Signals> unanswerable, double maxFalse, boolean useLexical, boolean useCosine) {
        Coverage best = null;
        Outcome bestOutcome = null;
        for (int l = 0; l <= 100; l++) {
            if (!useLexical && l < 100) continue;
            for (int c = 0; c <= 100; c++) {
                if (!useCosine && c < 100) continue;
                // 1.0 on a side that is not used means "never covered by this signal alone" (cosine) or "only a perfect match".
                Coverage cov = new Coverage(useLexical ? l / 100.0 : 1.0, useCosine ? c / 100.0 : 1.0);
                Outcome o = apply(cov, answerable, unanswerable);
                if (o.answerableRefused() >= maxFalse) continue;
                if (bestOutcome == null || o.unanswerableRefused() > bestOutcome.unanswerableRefused()
                        || o.unanswerableRefused() == bestOutcome.unanswerableRefused() && o.answerableRefused() < bestOutcome.answerableRefused()) {
                    best = cov;
                    bestOutcome = o;
                }
            }
        }
        return best == null ? new Coverage(0, -1) : best;
    }

    /** Every other question, by position: the tuning half ({@code 0}) or the reporting half ({@code 1}). */
    static <T> List<T> half(List<T> all, int which) {
        List<T> out = new java.util.ArrayList<>();
        for (int i = which; i < all.size(); i += 2) out.add(all.get(i));
        return out;
    }
}
