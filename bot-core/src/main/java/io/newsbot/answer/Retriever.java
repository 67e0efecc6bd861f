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

    public Retrieval retrieve(Question question, int k) {
        SearchResult result = search(question.searchText(), question.filter(), k);
        return new Retrieval(result, coverage.covers(result));
    }

    public SearchResult search(String text, SearchQuery.Filter filter, int k) {
        // A question can be all time words ("this week"): nothing to search for, and embedders refuse blank text.
        if (text.isBlank()) return new SearchResult(java.util.List.of(), 0, 0);
        return index.search(new SearchQuery(text, embedder.embedQuery(text), k, filter));
    }
}
