package io.newsbot.statement;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.util.List;
import java.util.Set;

/**
 * A search index that keeps the statement store in step with itself: whatever makes an article searchable (ingest,
 * a feed, a re-index, the start-up repair) also extracts its statements, and whatever removes it from the index drops
 * them. Everything else is the wrapped index's.
 */
public final class StatementUpdatingIndex implements SearchIndex {
    private final SearchIndex index;
    private final StatementIndexer statements;

    public StatementUpdatingIndex(SearchIndex index, StatementIndexer statements) {
        this.index = index;
        this.statements = statements;
    }

    @Override
    public void upsert(Article article, List<Chunk> chunks, List<float[]> vectors) {
        index.upsert(article, chunks, vectors);
        statements.update(article);
    }

    @Override
    public void remove(long articleId) {
        index.remove(articleId);
        statements.remove(articleId);
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void clear() {
        index.clear();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return index.search(query);
    }

    @Override
    public Set<Long> articleIds() {
        return index.articleIds();
    }

    @Override
    public long chunkCount() {
        return index.chunkCount();
    }

    @Override
    public long sizeBytes() {
        return index.sizeBytes();
    }

    @Override
    public String embedderName() {
        return index.embedderName();
    }

    @Override
    public void setEmbedderName(String name) {
        index.setEmbedderName(name);
    }

    @Override
    public void close() {
        index.close();
    }
}
