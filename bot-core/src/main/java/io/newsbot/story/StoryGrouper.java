package io.newsbot.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Places each arriving article in a story: the one whose recent articles it is most like on average, if that
 * reaches the threshold, or a new one. It is average-linkage clustering done online: the stories compared are
 * only those holding the stored articles that share most of the new one's rarest terms within the time window
 * (found through an index, never by scanning every story), and when the new article links two of them closely
 * enough, they are merged, as clustering everything at once would have done. Then the stored articles closest to the
 * arrival are looked at again ({@link NeighbourReview}): one placed before its event's other reports arrived may now
 * belong elsewhere.
 */
public final class StoryGrouper {
    /** The share of the threshold a candidate must reach for its story to be compared in full. */
    private static final double PROMISING = 0.75;
    private final StoryStore store;
    private final StorySettings settings;
    private final Profiler profiler = new Profiler();
    private final NeighbourReview review;

    public StoryGrouper(StoryStore store, StorySettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.review = new NeighbourReview(settings);
    }

    /**
     * An article to place.
     *
     * @param articleId    its id in the store
     * @param outlet       its publisher
     * @param published    its publication time, or {@code null} when unknown
     * @param title        its title
     * @param body         its text
     * @param chunkVectors its chunks' embeddings (may be empty: then it is compared by its words alone)
     */
    public record Arrival(long articleId, String outlet, Instant published, String title, String body, List<float[]> chunkVectors) {
        public Arrival {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            chunkVectors = chunkVectors == null ? List.of() : List.copyOf(chunkVectors);
        }

        /** An ingested article with the vectors its chunks were indexed with. */
        public static Arrival of(io.newsbot.article.Article a, List<float[]> chunkVectors) {
            return new Arrival(a.id(), a.publisher(), a.publishedAt(), a.title(), a.body(), chunkVectors);
        }
    }

    /** Places the article and returns its story's id. */
    public long place(Arrival a) {
        Profiler.Counts counts = profiler.count(a.title(), a.body());
        Set<String> terms = counts.terms();
        StoryProfile p = profiler.profile(a.articleId(), a.outlet(), a.published(), counts, a.chunkVectors(),
                store.frequencies(terms),
                EventYear.of(a.published(), a.title(), a.body()));
        List<String> indexed = indexedTerms(p);
        Instant from = a.published() == null ? null : a.published().minus(settings.window());
        Instant to = a.published() == null ? null : a.published().plus(settings.window()).plusNanos(1);
        List<Long> candidates = store.candidates(indexed, from, to, settings.candidates()).stream().filter(id -> id != a.articleId()).toList();
        Map<Long, Long> storyOf = store.storiesOf(candidates);
        // A story can reach the threshold on average only if some article of it comes near it: read only those in full.
        Set<Long> promising = new LinkedHashSet<>();
        Map<StoryProfile, Double> near = new LinkedHashMap<>();
        for (StoryProfile c : store.profiles(candidates)) {
            double similarity = settings.similarity(p, c);
            if (similarity >= settings.threshold() * PROMISING && storyOf.containsKey(c.articleId())) {
                promising.add(storyOf.get(c.articleId()));
                near.put(c, similarity);
            }
        }
        Map<Long, List<StoryProfile>> stories = new LinkedHashMap<>();
        for (long story : promising) stories.put(story, store.members(story, settings.membersPerStory()));
        Set<Long> merged = cluster(p, stories);
        long storyId = merged.stream().mapToLong(Long::longValue).min().orElse(a.articleId());
        store.place(p, storyId, merged, terms, indexed);
        if (settings.reexamined() > 0 && !near.isEmpty()) reviewNeighbours(p, storyId, merged, near, stories, storyOf);
        return storyId;
    }

    /** Moves the arrival's neighbours that are now more like another story of the neighbourhood than like their own. */
    private void reviewNeighbours(StoryProfile p, long storyId, Set<Long> merged, Map<StoryProfile, Double> near,
                                  Map<Long, List<StoryProfile>> stories, Map<Long, Long> storyOf) {
        Map<Long, List<StoryProfile>> now = new HashMap<>();
        stories.forEach((id, members) -> now.computeIfAbsent(merged.contains(id) ? storyId : id, k -> new ArrayList<>()).addAll(members));
        now.computeIfAbsent(storyId, k -> new ArrayList<>()).add(p);
        Map<Long, Long> current = new HashMap<>();
        for (StoryProfile c : near.keySet()) {
            long s = storyOf.get(c.articleId());
            current.put(c.articleId(), merged.contains(s) ? storyId : s);
        }
        store.move(review.moves(p, near, now, current));
    }

    /**
     * The candidate stories the new article joins, one after another while the closest still reaches the threshold.
     * Links are sums of similarities kept per story, so each pair of articles is compared once. A second story is
     * merged in only if the arrival and what it joined are nearly as close to it as its own articles are to each other
     * ({@link StorySettings#mergeCohesion}): two events of one topic (a coach fired, the same coach hired) pass the
     * threshold through an article that mentions both, yet each is closer knit than the two are to each other.
     */
    private Set<Long> cluster(StoryProfile p, Map<Long, List<StoryProfile>> stories) {
        List<Long> ids = new ArrayList<>(stories.keySet());
        Map<Long, Double> sums = new HashMap<>();
        for (Long id : ids) sums.put(id, sumOfSimilarities(List.of(p), stories.get(id)));
        Map<Long, Double> cohesion = new HashMap<>();
        int size = 1;
        Set<Long> merged = new LinkedHashSet<>();
        while (true) {
            Long best = null;
            double bestLink = settings.threshold();
            for (Long id : ids) {
                if (merged.contains(id) || stories.get(id).isEmpty()) continue;
                double link = sums.get(id) / (size * (double) stories.get(id).size());
                if (!merged.isEmpty() && link < settings.mergeCohesion() * cohesion.computeIfAbsent(id, k -> cohesion(stories.get(k)))) continue;
                if (link >= bestLink) {
                    best = id;
                    bestLink = link;
                }
            }
            if (best == null) return merged;
            merged.add(best);
            size += stories.get(best).size();
            for (Long id : ids) {
                if (!merged.contains(id)) sums.merge(id, sumOfSimilarities(stories.get(best), stories.get(id)), Double::sum);
            }
        }
    }

    /** The mean similarity of a story's articles with each other (0 for a single article: nothing to keep apart). */
    private double cohesion(List<StoryProfile> members) {
        if (settings.mergeCohesion() == 0 || members.size() < 2) return 0;
        double sum = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) sum += settings.similarity(members.get(i), members.get(j));
        }
        return sum / (members.size() * (members.size() - 1) / 2.0);
    }

    private double sumOfSimilarities(List<StoryProfile> a, List<StoryProfile> b) {
        double sum = 0;
        for (StoryProfile x : a) {
            for (StoryProfile y : b) sum += settings.similarity(x, y);
        }
        return sum;
    }

    /** The heaviest words and names, half each (names first where there are few words), that find the article. */
    private List<String> indexedTerms(StoryProfile p) {
        int n = settings.indexedTerms();
        List<String> names = p.names().top(n / 2);
        List<String> words = p.words().top(n - names.size());
        List<String> out = new ArrayList<>(words);
        out.addAll(names);
        return out;
    }
}
