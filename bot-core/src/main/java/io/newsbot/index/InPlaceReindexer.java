package io.newsbot.index;

import io.newsbot.article.ArticleStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Re-indexes every stored article while the bot keeps answering. Unlike {@link ArticleIndexer#rebuild}, it
 * never clears the index: each article's chunks are replaced in one atomic upsert, so at every moment each
 * article is searchable in either its old or its new form, never missing, even when another writer (an
 * ingest, the feed poller) commits halfway. Searches see the old index until the single commit at the end;
 * then articles the store no longer has (removed while this ran) are dropped.
 */
public final class InPlaceReindexer {
    private final ArticleStore store;
    private final ArticleIndexer indexer;

    public InPlaceReindexer(ArticleStore store, ArticleIndexer indexer) {
        this.store = store;
        this.indexer = indexer;
    }

    /**
     * What a re-index did.
     *
     * @param articles articles re-indexed
     * @param dropped  articles dropped from the index because the store no longer has them
     * @param chunks   chunks in the index afterwards
     */
    public record Result(int articles, int dropped, long chunks) {
    }

    /**
     * Re-indexes every article, reporting the number done after each.
     *
     * @param cancelled asked before each article; true stops the run (the core is closing)
     * @throws IllegalStateException when cancelled; nothing is committed, so searches keep the old index
     */
    public Result run(IntConsumer progress, BooleanSupplier cancelled) {
        List<Long> ids = store.allIds();
        SearchIndex index = indexer.index();
        int done = 0;
        for (Long id : ids) {
            if (cancelled.getAsBoolean()) throw new IllegalStateException("The re-index was cancelled");
            store.byId(id).ifPresent(a -> {
                indexer.write(a, indexer.prepare(a));
                // An ingest may have replaced the article while it was being embedded: its newer text must win.
                store.byId(id).filter(now -> !now.contentHash().equals(a.contentHash())).ifPresent(now -> indexer.write(now, indexer.prepare(now)));
            });
            progress.accept(++done);
        }
        // Commit first so the index's view of its ids includes what this run wrote, then sweep.
        index.commit();
        Set<Long> stored = new HashSet<>(store.allIds());
        int dropped = 0;
        for (Long id : index.articleIds()) {
            if (!stored.contains(id)) {
                index.remove(id);
                dropped++;
            }
        }
        if (dropped > 0) index.commit();
        return new Result(done, dropped, index.chunkCount());
    }
}
