package io.newsbot.app;

import io.newsbot.answer.Recency;
import io.newsbot.answer.Retriever;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.postgres.PostgresSearchIndex;
import io.newsbot.quote.AttributionExtractor;
import io.newsbot.statement.AttributionReader;
import io.newsbot.statement.StatementExtractor;
import io.newsbot.statement.StatementIndexer;
import io.newsbot.statement.StatementStore;
import io.newsbot.statement.StatementUpdatingIndex;
import io.newsbot.store.jdbc.Database;
import java.time.Clock;

/**
 * The search side of the core, wired once: the index on the store's technology (Lucene beside an embedded store,
 * the same PostgreSQL as a shared one), what chunks, embeds and indexes articles, and what retrieves for answers.
 */
record SearchParts(Embedder embedder, SentenceSplitter splitter, AttributionExtractor attributions, StatementIndexer statementIndexer,
                   SearchIndex index, ArticleIndexer indexer, Retriever retriever) {

    static SearchParts open(CoreSettings settings, Database database, StatementStore statements, Embedder embedder, Clock clock) {
        SentenceSplitter splitter = new SentenceSplitter();
        AttributionExtractor attributions = new AttributionExtractor(splitter);
        StatementIndexer statementIndexer = new StatementIndexer(statements,
                new StatementExtractor(new AttributionReader(attributions), splitter));
        // A shared PostgreSQL store gets the index in the same database, so every instance searches what any ingested.
        // Whatever is indexed also has its statements extracted, so "What did X say?" sees the whole corpus.
        SearchIndex index = new StatementUpdatingIndex(database.vendor() == Database.Vendor.POSTGRESQL
                ? new PostgresSearchIndex(database, embedder.dimension(), embedder.name(), settings.fusion(), clock)
                : new LuceneSearchIndex(settings.dataDir().resolve("index"), embedder.name(), settings.fusion()), statementIndexer);
        ArticleIndexer indexer = new ArticleIndexer(index, new Chunker(splitter, settings.chunkWords(), settings.limits().maxChunks()), embedder);
        return new SearchParts(embedder, splitter, attributions, statementIndexer, index, indexer,
                new Retriever(index, embedder, settings.coverage(), clock, Recency.DEFAULT));
    }
}
