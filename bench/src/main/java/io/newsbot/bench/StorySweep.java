package io.newsbot.bench;

import io.newsbot.story.StorySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the grouping setting by cross-validation over four folds (each story set split in two by topic or
 * event): every setting of a grid is scored online on every fold; for each fold, the setting best on the other
 * three (by their lowest F1, so that no feed is sacrificed) is scored on it. The setting shipped is the one best
 * on all four by the same rule, and the spread of the held-out figures shows how far to trust it.
 */
final class StorySweep {
    private StorySweep() {
    }

    /** A setting's B-cubed F1 on each fold. */
    record Trial(StorySettings settings, List<Double> f1) {
        double worst(int except) {
            double w = 1;
            for (int i = 0; i < f1.size(); i++) {
                if (i != except) w = Math.min(w, f1.get(i));
            }
            return w;
        }

        double mean(int except) {
            double s = 0;
            int n = 0;
            for (int i = 0; i < f1.size(); i++) {
                if (i != except) {
                    s += f1.get(i);
                    n++;
                }
            }
            return s / n;
        }
    }

    /** For one fold: the setting chosen without it, and what it scores on it. */
    record HeldOut(String fold, StorySettings chosen, double f1) {
    }

    record Result(List<String> folds, List<Trial> trials, List<HeldOut> heldOut, StorySettings best) {
    }

    /**
     * Thresholds around the earlier choice, with and without the year evidence, and the cohesion a merge asks for (0: none);
     * the neighbour review, the word /
     * name / embedding weights and the 30-day window stay as the first round chose them (105 settings then: they moved
     * the worst fold by less than 0.01).
     */
    static List<StorySettings> grid() {
        List<StorySettings> out = new ArrayList<>();
        for (double cohesion : new double[] {0, 0.6, 0.7, 0.8}) {
            for (double share : new double[] {1, 0.5}) {
                for (double t : new double[] {0.25, 0.275, 0.3}) {
                    out.add(StorySettings.DEFAULT.withThreshold(t).withOtherYearShare(share).withReexamined(10).withWeights(0.5, 0.25, 0.25)
                            .withWindow(Duration.ofDays(30)).withMergeCohesion(cohesion));
                }
            }
        }
        return out;
    }

    static Result run(List<StorySet> folds, Map<String, Map<String, List<float[]>>> vectors, List<StorySettings> grid) {
        List<Trial> trials = new ArrayList<>();
        int done = 0;
        for (StorySettings s : grid) {
            List<Double> f1 = new ArrayList<>();
            for (StorySet fold : folds) {
                Map<String, List<float[]>> v = vectors.get(fold.file().toString());
                f1.add(StoryGroupingBench.score(fold, StoryGroupingBench.online(fold, fold.byDate(), v, s)).f1());
            }
            trials.add(new Trial(s, f1));
            if (++done % 10 == 0) System.out.println("  stories sweep: " + done + " of " + grid.size() + " settings");
        }
        List<HeldOut> heldOut = new ArrayList<>();
        for (int k = 0; k < folds.size(); k++) {
            int fold = k;
            Trial chosen = trials.stream().max(Comparator.<Trial>comparingDouble(t -> t.worst(fold)).thenComparingDouble(t -> t.mean(fold))).orElseThrow();
            heldOut.add(new HeldOut(folds.get(k).name(), chosen.settings(), chosen.f1().get(k)));
        }
        Trial best = trials.stream().max(Comparator.<Trial>comparingDouble(t -> t.worst(-1)).thenComparingDouble(t -> t.mean(-1))).orElseThrow();
        List<String> names = folds.stream().map(StorySet::name).toList();
        return new Result(names, trials, heldOut, best.settings());
    }

    static Map<String, Double> asRow(Trial t, List<String> folds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < folds.size(); i++) out.put(folds.get(i), t.f1().get(i));
        return out;
    }
}
