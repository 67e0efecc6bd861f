package io.newsbot.bench;

import io.newsbot.story.memory.OfflineGrouper;
import io.newsbot.story.StorySettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Runs the shipped online grouping over a story set in a given arrival order, and the all-at-once yardstick. */
final class StoryGroupingBench {
    private StoryGroupingBench() {
    }

    static Map<String, String> online(StorySet set, List<StorySet.Item> order, Map<String, List<float[]>> vectors, StorySettings settings) {
        List<OfflineGrouper.Input> inputs = new ArrayList<>();
        for (StorySet.Item i : order) {
            inputs.add(new OfflineGrouper.Input(i.articleId(), i.outlet(), i.date(), i.title(), i.body(), vectors.getOrDefault(i.articleId(), List.of())));
        }
        return new OfflineGrouper(settings).group(inputs);
    }

    static List<StorySet.Item> shuffled(StorySet set, long seed) {
        List<StorySet.Item> items = new ArrayList<>(set.items());
        Collections.shuffle(items, new Random(seed));
        return items;
    }

    static Map<String, String> gold(StorySet set) {
        Map<String, String> out = new HashMap<>();
        for (StorySet.Item i : set.items()) out.put(i.articleId(), i.cluster());
        return out;
    }

    static BCubed score(StorySet set, Map<String, String> predicted) {
        return BCubed.score(gold(set), predicted);
    }
}
