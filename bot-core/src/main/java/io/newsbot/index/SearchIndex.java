package io.newsbot.index;

import io.newsbot.article.Article;
import java.util.List;
import java.util.Set;

/**
 * The persistent search index over article chunks: lexical (BM25) and vector search, fused.
 * Writes become visible to searches after {@link #commit()}.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the article's chunks, replacing any it had, in one atomic step. */
    void upsert(Article article, List<Chunk> chunks, List<float[]> vectors);

    void remove(long articleId);

    /** Makes every write so far durable and searchable. */
    void commit();

    /** Drops everything, for a rebuild. */
    void clear();

    SearchResult search(SearchQuery query);

    /** The ids of every article that has chunks in the index. */
    Set<Long> articleIds();

    long chunkCount();

    long sizeBytes();

    /** The embedding model the vectors were made with, or empty for a new index. */
    String embedderName();

    /** Records the embedding model of the vectors written from now on (after a rebuild); durable at {@link #commit()}. */
    void setEmbedderName(String name);

    @Override
    void close();
}
