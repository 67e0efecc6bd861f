package io.newsbot.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Looks again at the stored articles an arrival came near, once it is placed: an article placed when its story's
 * other reports had not arrived yet may now be more like another story of its neighbourhood than like its own.
 * Grouping everything at once would have put it there; online, it is moved. The work per arrival is bounded: at
 * most {@link StorySettings#reexamined()} articles, each compared with the stories already read for the arrival.
 */
final class NeighbourReview {
    private final StorySettings settings;

    NeighbourReview(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The moves: article id to the story it is now most like.
     *
     * @param arrival    the article just placed
     * @param neighbours stored articles near it, with their similarity to it
     * @param stories    the neighbourhood's stories as they stand after the arrival joined its own (recent members,
     *                   the arrival among them), by id; changed in place as articles move
     * @param storyOf    the story of each neighbour, changed in place as articles move
     */
    Map<Long, Long> moves(StoryProfile arrival, Map<StoryProfile, Double> neighbours, Map<Long, List<StoryProfile>> stories,
                          Map<Long, Long> storyOf) {
        Map<Long, Long> moves = new LinkedHashMap<>();
        List<StoryProfile> closest = neighbours.entrySet().stream()
                .sorted(Map.Entry.<StoryProfile, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().articleId(), Comparator.reverseOrder()))
                .limit(settings.reexamined()).map(Map.Entry::getKey).toList();
        for (StoryProfile x : closest) {
            Long own = storyOf.get(x.articleId());
            if (own == null) continue;
            double ownLink = -1;
            long best = own;
            double bestLink = settings.threshold();
            for (Map.Entry<Long, List<StoryProfile>> s : stories.entrySet()) {
                double link = meanSimilarity(x, s.getValue());
                if (s.getKey().equals(own)) ownLink = link;
                else if (link > bestLink) {
                    best = s.getKey();
                    bestLink = link;
                }
            }
            if (best == own || bestLink <= ownLink) continue;
            moves.put(x.articleId(), best);
            storyOf.put(x.articleId(), best);
            List<StoryProfile> from = stories.get(own);
            if (from != null) from.removeIf(p -> p.articleId() == x.articleId());
            stories.computeIfAbsent(best, k -> new ArrayList<>()).add(x);
        }
        return moves;
    }

    /** The mean similarity of the article with the story's other members, or -1 when it has none. */
    private double meanSimilarity(StoryProfile x, List<StoryProfile> members) {
        double sum = 0;
        int n = 0;
        for (StoryProfile m : members) {
            if (m.articleId() == x.articleId()) continue;
            sum += settings.similarity(x, m);
            n++;
        }
        return n == 0 ? -1 : sum / n;
    }
}
