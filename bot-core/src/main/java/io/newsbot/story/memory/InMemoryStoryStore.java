package io.newsbot.story.memory;

import io.newsbot.article.Article;
import io.newsbot.story.DocumentFrequencies;
import io.newsbot.story.Story;
import io.newsbot.story.StoryProfile;
import io.newsbot.story.StoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * {@link StoryStore} in memory, for grouping articles that are not ingested ({@code newsbot stories}, the
 * benchmarks' sweeps): the same behaviour as the JDBC store, checked by the same contract test, without a
 * database round trip per article. Not thread-safe; nothing survives the process.
 */
public final class InMemoryStoryStore implements StoryStore {
    private final LongFunction<Optional<Article>> articles;
    private final Map<Long, StoryProfile> profiles = new HashMap<>();
    private final Map<Long, Long> storyOf = new HashMap<>();
    private final Map<String, List<Long>> postings = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private long placed;

    /** @param articles the articles' details, for {@link #stories} */
    public InMemoryStoryStore(LongFunction<Optional<Article>> articles) {
        this.articles = articles;
    }

    @Override
    public DocumentFrequencies frequencies(Collection<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : terms) {
            Integer n = documents.get(t);
            if (n != null) counts.put(t, n);
        }
        return new DocumentFrequencies(placed, counts);
    }

    @Override
    public List<Long> candidates(Collection<String> terms, Instant from, Instant to, int limit) {
        Map<Long, Integer> hits = new HashMap<>();
        for (String t : new java.util.LinkedHashSet<>(terms)) {
            for (long id : postings.getOrDefault(t, List.of())) {
                Instant p = profiles.get(id).published();
                if (p != null && (from != null && p.isBefore(from) || to != null && !p.isBefore(to))) continue;
                hits.merge(id, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    @Override
    public Map<Long, Long> storiesOf(Collection<Long> articleIds) {
        Map<Long, Long> out = new HashMap<>();
        for (long id : articleIds) {
            Long s = storyOf.get(id);
            if (s != null) out.put(id, s);
        }
        return out;
    }

    @Override
    public List<StoryProfile> profiles(Collection<Long> articleIds) {
        return articleIds.stream().map(profiles::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<StoryProfile> members(long storyId, int limit) {
        return storyOf.entrySet().stream().filter(e -> e.getValue() == storyId).map(e -> profiles.get(e.getKey()))
                .sorted(Comparator.comparing(StoryProfile::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()
                        .thenComparing(Comparator.comparingLong(StoryProfile::articleId).reversed()))
                .limit(limit).toList();
    }

    @Override
    public void place(StoryProfile profile, long storyId, Collection<Long> merged, Collection<String> terms, Collection<String> indexed) {
        if (profiles.containsKey(profile.articleId())) throw new IllegalStateException("article " + profile.articleId() + " is placed already");
        for (long from : merged) storyOf.replaceAll((article, story) -> story == from ? storyId : story);
        profiles.put(profile.articleId(), profile);
        storyOf.put(profile.articleId(), storyId);
        for (String t : new java.util.TreeSet<>(indexed)) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(profile.articleId());
        for (String t : new java.util.HashSet<>(terms)) documents.merge(t, 1, Integer::sum);
        placed++;
    }

    @Override
    public void move(Map<Long, Long> moves) {
        moves.forEach((article, story) -> storyOf.computeIfPresent(article, (a, old) -> story));
    }

    @Override
    public boolean isPlaced(long articleId) {
        return profiles.containsKey(articleId);
    }

    @Override
    public List<Long> unplaced(int limit) {
        return List.of();
    }

    @Override
    public Optional<Story> storyOf(long articleId) {
        return stories(List.of(articleId)).values().stream().findFirst();
    }

    @Override
    public Map<Long, Story> stories(Collection<Long> articleIds) {
        Map<Long, Story> out = new LinkedHashMap<>();
        for (long story : new java.util.TreeSet<>(storiesOf(articleIds).values())) {
            TreeMap<Long, Story.Member> members = new TreeMap<>();
            storyOf.forEach((article, s) -> {
                if (s == story) {
                    articles.apply(article).ifPresent(a -> members.put(article, new Story.Member(a.id(), a.publisher(), a.title(), a.url(), a.publishedAt())));
                }
            });
            List<Story.Member> list = new ArrayList<>(members.values());
            list.sort(Comparator.comparing(Story.Member::published).thenComparingLong(Story.Member::articleId));
            if (!list.isEmpty()) out.put(story, new Story(story, list));
        }
        return out;
    }
}
