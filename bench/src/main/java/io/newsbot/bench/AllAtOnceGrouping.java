package io.newsbot.bench;

import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.Profiler;
import io.newsbot.story.StoryProfile;
import io.newsbot.story.StorySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for the online grouping: every article of a set grouped at once, by average-linkage
 * agglomerative clustering with the same similarity and threshold, the terms weighted by the whole set's
 * document frequencies. What the online grouping loses against it is the price of deciding as articles arrive.
 */
final class AllAtOnceGrouping {
    private AllAtOnceGrouping() {
    }

    /**
     * @param windowed whether two dated articles further apart than the setting's window are kept apart, as the online
     *                 grouping keeps them (it never compares them); without, every pair is compared
     */
    static Map<String, String> group(StorySet set, Map<String, List<float[]>> vectors, StorySettings settings,
                                     boolean windowed) {
        Profiler profiler = new Profiler();
        List<Profiler.Counts> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (StorySet.Item i : set.items()) {
            Profiler.Counts c = profiler.count(i.title(), i.body());
            counts.add(c);
            for (String t : c.terms()) df.merge(t, 1, Integer::sum);
        }
        int n = set.items().size();
        List<StoryProfile> profiles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StorySet.Item item = set.items().get(i);
            // Each article weighed as if it were the one arriving into the others: its own count taken out.
            Map<String, Integer> others = new HashMap<>();
            for (String t : counts.get(i).terms()) others.put(t, df.get(t) - 1);
            profiles.add(profiler.profile(i, item.outlet(), item.date(), counts.get(i), vectors.getOrDefault(item.articleId(), List.of()),
                    new DocumentFrequencies(n - 1, others), Profiler.year(item.date(), item.title(), item.body())));
        }
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Instant a = set.items().get(i).date();
                Instant b = set.items().get(j).date();
                boolean apart = windowed && a != null && b != null && Duration.between(a, b).abs().compareTo(settings.window()) > 0;
                link[i][j] = link[j][i] = apart ? 0 : settings.similarity(profiles.get(i), profiles.get(j));
            }
        }
        int[] cluster = averageLinkage(link, settings.threshold());
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) out.put(set.items().get(i).articleId(), "c" + cluster[i]);
        return out;
    }

    /** Merges the two clusters of highest mean similarity while it reaches the threshold; returns each item's cluster. */
    static int[] averageLinkage(double[][] sim, double threshold) {
        int n = sim.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = sim[i].clone();
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        int[] best = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            alive[i] = true;
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) best[i] = argmax(a, alive, i);
        while (true) {
            int i = -1;
            double top = threshold;
            for (int k = 0; k < n; k++) {
                if (alive[k] && best[k] >= 0 && a[k][best[k]] >= top) {
                    top = a[k][best[k]];
                    i = k;
                }
            }
            if (i < 0) break;
            int j = best[i];
            for (int k = 0; k < n; k++) {
                if (!alive[k] || k == i || k == j) continue;
                double v = (size[i] * a[i][k] + size[j] * a[j][k]) / (size[i] + size[j]);
                a[i][k] = a[k][i] = v;
            }
            alive[j] = false;
            size[i] += size[j];
            for (int k = 0; k < n; k++) {
                if (parent[k] == j) parent[k] = i;
            }
            for (int k = 0; k < n; k++) {
                if (!alive[k]) continue;
                if (k == i || best[k] == i || best[k] == j) best[k] = argmax(a, alive, k);
                else if (a[k][i] > a[k][best[k]]) best[k] = i;
            }
        }
        return parent;
    }

    private static int argmax(double[][] a, boolean[] alive, int i) {
        int best = -1;
        for (int k = 0; k < a.length; k++) {
            if (k != i && alive[k] && (best < 0 || a[i][k] > a[i][best])) best = k;
        }
        return best;
    }
}
