package io.newsbot.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision, recall and F1 of a grouping against the annotated one (Bagga and Baldwin 1998), as
 * {@code score_stories.py} computes them: used for sweeps; reported figures come from the script itself.
 */
record BCubed(double precision, double recall, double f1) {
    static BCubed score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Set<String>> g = new HashMap<>();
        Map<String, Set<String>> p = new HashMap<>();
        gold.forEach((article, cluster) -> {
            g.computeIfAbsent(cluster, k -> new HashSet<>()).add(article);
            p.computeIfAbsent(predicted.getOrDefault(article, "alone:" + article), k -> new HashSet<>()).add(article);
        });
        double bp = 0;
        double br = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Set<String> gs = g.get(e.getValue());
            Set<String> ps = p.get(predicted.getOrDefault(e.getKey(), "alone:" + e.getKey()));
            long both = ps.stream().filter(gs::contains).count();
            bp += both / (double) ps.size();
            br += both / (double) gs.size();
        }
        bp /= gold.size();
        br /= gold.size();
        return new BCubed(bp, br, bp + br == 0 ? 0 : 2 * bp * br / (bp + br));
    }
}
