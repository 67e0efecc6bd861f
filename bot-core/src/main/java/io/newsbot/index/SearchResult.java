package io.newsbot.index;

import java.util.List;

/**
 * Ranked passages and how well the corpus covers the query.
 *
 * @param passages         best first
 * @param lexicalCoverage  the top BM25 score over what a passage with each query term once would score, capped at 1
 * @param bestCosine       the highest cosine similarity of any passage to the query, or 0 without vectors
 */
public record SearchResult(List<Passage> passages, double lexicalCoverage, double bestCosine) {
    public SearchResult {
        passages = List.copyOf(passages);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0, 0);
    }
}
