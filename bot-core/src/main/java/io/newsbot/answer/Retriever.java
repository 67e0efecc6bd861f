package io.newsbot.answer;

import io.newsbot.index.Embedder;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;

/** Finds the passages for a question: embeds it, runs the hybrid search, and judges coverage. */
public final class Retriever {
    private final SearchIndex index;
    private final Embedder embedder;
    private final Coverage coverage;

    public Retriever(SearchIndex index, Embedder embedder, Coverage coverage) {
        this.index = index;
        this.embedder = embedder;
        this.coverage = coverage;
    }

    /** Passages for a question and whether they cover it. */
    public record Retrieval(SearchResult result, boolean covered) {
    }

    /**
     * The passages within the question's dates; when its dates are only a preference ("this week") and the passages of
     * those dates do not cover it, the passages of any date.
     */
    public Retrieval retrieve(Question question, int k) {
        SearchQuery.Filter filter = question.filter();
        SearchResult dated = search(question.searchText(), filter, k);
        boolean covered = coverage.covers(dated);
        if (covered || !question.datesPreferred()) return new Retrieval(dated, covered);
        SearchResult any = search(question.searchText(), filter.withoutDates(), k);
        return new Retrieval(any, coverage.covers(any));
    }

    public SearchResult search(String text, SearchQuery.Filter filter, int k) {
        // A question can be all time words ("this week"): nothing to search for, and embedders refuse blank text.
        if (text.isBlank()) return new SearchResult(java.util.List.of(), 0, 0);
        return index.search(new SearchQuery(text, embedder.embedQuery(text), k, filter));
    }
}
