package io.newsbot.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps articles and the sources they came from. */
public interface ArticleStore {

    /** What {@link #put} did. */
    enum PutOutcome { ADDED, REPLACED, UNCHANGED, DUPLICATE }

    /** The result of {@link #put}: what happened and the article as stored. */
    record PutResult(PutOutcome outcome, Article article) {
    }

    /**
     * Stores the article under its locator: adds it, replaces an older version, or does nothing when the
     * same text is already stored (under this locator or another). Runs {@code beforeCommit} inside the
     * transaction, so that a failure there (such as indexing) leaves the store as it was.
     */
    PutResult put(Article article, Long sourceId, java.util.function.Consumer<PutResult> beforeCommit);

    Optional<Article> byId(long id);

    List<Article> byIds(List<Long> ids);

    /** Every article id, for reconciling the search index. */
    List<Long> allIds();

    /** Articles ingested in {@code [from, to)}, oldest first. */
    List<Article> ingestedBetween(Instant from, Instant to);

    /** The newest articles by publication date. */
    List<Article> latest(int limit);

    /** Removes the article, running {@code beforeCommit} inside the transaction. */
    boolean remove(long id, Runnable beforeCommit);

    long count();

    /** Oldest and newest publication dates, empty when there are no articles. */
    Optional<Instant[]> dateRange();

    /** Article counts per publisher, most first. */
    List<PublisherCount> publishers();

    /** How many articles a publisher has. */
    record PublisherCount(String publisher, long articles) {
    }
}
