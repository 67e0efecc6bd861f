package io.newsbot.answer;

import io.newsbot.index.Embedder;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the passages for a question: embeds it, runs the hybrid search, and judges coverage. */
public final class Retriever {
    private final SearchIndex index;
    private final Embedder embedder;
    private final Coverage coverage;
    private final Clock clock;
    private final Recency recency;

    /**
     * @param clock   what "now" is, for {@code recency}
     * @param recency how much a question that names no dates prefers the last few days' passages
     */
    public Retriever(SearchIndex index, Embedder embedder, Coverage coverage, Clock clock, Recency recency) {
        this.index = index;
        this.embedder = embedder;
        this.coverage = coverage;
        this.clock = clock;
        this.recency = recency;
    }

    /** Passages for a question and whether they cover it. */
    public record Retrieval(SearchResult result, boolean covered) {
    }

    /**
     * The passages within the question's dates; when its dates are only a preference ("this week") and the passages of
     * those dates do not cover it, the passages of any date. A question that names no dates has the last few days'
     * passages ranked up ({@link Recency}); whether it is covered is judged on the whole corpus, as without them.
     */
    public Retrieval retrieve(Question question, int k) {
        String text = question.searchText();
        if (text.isBlank()) return new Retrieval(SearchResult.empty(), false);
        float[] vector = embedder.embedQuery(text);
        SearchQuery.Filter filter = question.filter();
        if (recency.on() && filter.from() == null && filter.to() == null) return preferRecent(text, vector, filter, k);
        SearchResult dated = index.search(new SearchQuery(text, vector, k, filter));
        boolean covered = coverage.covers(dated);
        if (covered || !question.datesPreferred()) return new Retrieval(dated, covered);
        SearchResult any = index.search(new SearchQuery(text, vector, k, filter.withoutDates()));
        return new Retrieval(any, coverage.covers(any));
    }

    /** The whole corpus's passages and the recent ones', merged with the recent ones' scores raised. */
    private Retrieval preferRecent(String text, float[] vector, SearchQuery.Filter filter, int k) {
        SearchResult any = index.search(new SearchQuery(text, vector, k, filter));
        SearchQuery.Filter window = new SearchQuery.Filter(clock.instant().minus(Duration.ofDays(recency.days())), null,
                filter.publishers(), filter.articleIds());
        SearchResult recent = index.search(new SearchQuery(text, vector, k, window));
        Map<String, Passage> merged = new LinkedHashMap<>();
        for (Passage p : recent.passages()) merged.put(key(p), raised(p));
        for (Passage p : any.passages()) merged.putIfAbsent(key(p), p);
        List<Passage> ranked = new ArrayList<>(merged.values());
        ranked.sort(Comparator.comparingDouble((Passage p) -> -p.score()));
        // Coverage is the whole corpus's, so a preference for recent news never refuses what it would have answered.
        SearchResult result = new SearchResult(ranked.subList(0, Math.min(k, ranked.size())), any.lexicalCoverage(), any.bestCosine());
        return new Retrieval(result, coverage.covers(any));
    }

    private Passage raised(Passage p) {
        return new Passage(p.articleId(), p.ordinal(), p.sentences(), p.score() + recency.boost(), p.lexicalRank(), p.vectorRank(), p.cosine());
    }

    private static String key(Passage p) {
        return p.articleId() + ":" + p.ordinal();
    }

    public SearchResult search(String text, SearchQuery.Filter filter, int k) {
        // A question can be all time words ("this week"): nothing to search for, and embedders refuse blank text.
        if (text.isBlank()) return SearchResult.empty();
        return index.search(new SearchQuery(text, embedder.embedQuery(text), k, filter));
    }
}
