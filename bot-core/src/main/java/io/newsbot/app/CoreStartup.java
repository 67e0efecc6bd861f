package io.newsbot.app;

import io.newsbot.index.ArticleIndexer;
import io.newsbot.ingest.DemoCorpus;
import io.newsbot.ingest.Ingestor;
import io.newsbot.store.jdbc.Database;
import io.newsbot.story.StoryBackfill;
import io.newsbot.story.StoryGrouper;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What opening a core does before it answers: releases the previous run's leases, brings the index and the statements
 * in line with the store (rebuilding the index when the embedding model changed), and seeds the demo articles.
 */
final class CoreStartup {
    private static final Logger log = LoggerFactory.getLogger(CoreStartup.class);
    private static final long STARTUP_LOCK = 0x6e657773626f7432L;
    private final Database database;
    private final CoreStores stores;
    private final SearchParts search;
    private final Ingestor ingestor;
    private final boolean seedDemo;
    private final Clock clock;

    CoreStartup(Database database, CoreStores stores, SearchParts search, Ingestor ingestor, boolean seedDemo, Clock clock) {
        this.database = database;
        this.stores = stores;
        this.search = search;
        this.ingestor = ingestor;
        this.seedDemo = seedDemo;
        this.clock = clock;
    }

    void run() {
        if (database.vendor() == Database.Vendor.H2) {
            // The embedded store has one instance (its file lock says so): leases in it are this directory's previous run's.
            int stale = stores.leases().releaseAll() + stores.outbox().releaseLeases();
            if (stale > 0) log.info("Released {} lease(s) left by the previous run of this data directory", stale);
        }
        // Instances starting together on one PostgreSQL take turns: one repairs the shared index and seeds the demo.
        database.exclusively(STARTUP_LOCK, () -> {
            prepareIndexAndDemo();
            return null;
        });
    }

    private void prepareIndexAndDemo() {
        var index = search.index();
        var embedder = search.embedder();
        if (!index.embedderName().equals(embedder.name())) {
            log.info("The index was built with {}; rebuilding it with {}", index.embedderName(), embedder.name());
            index.setEmbedderName(embedder.name());
            search.indexer().rebuild(stores.articles(), n -> { });
        } else {
            int repaired = search.indexer().reconcile(stores.articles());
            if (repaired > 0) log.info("Brought the search index in line with the store ({} articles)", repaired);
        }
        int extracted = search.statementIndexer().reconcile(stores.articles());
        if (extracted > 0) log.info("Brought the statements in line with the store ({} articles)", extracted);
        if (seedDemo && stores.articles().count() == 0 && stores.values().get("demo.seeded").isEmpty()) {
            var report = ingestor.ingestDrafts(DemoCorpus.drafts(), null, Ingestor.Progress.NONE);
            stores.values().put("demo.seeded", clock.instant().toString());
            log.info("Ingested the demo articles: {}", report.summary());
        }
    }

    /** Groups, in the background, the stored articles that have no story (stored before stories existed, or whose grouping failed). */
    static void backfillStories(ExecutorService background, CoreStores stores, StoryGrouper grouper, ArticleIndexer indexer,
                                CompletableFuture<Integer> done) {
        background.execute(() -> {
            try {
                done.complete(new StoryBackfill(stores.stories(), grouper, stores.articles(), a -> indexer.prepare(a).vectors(), 200)
                        .run(background::isShutdown));
            } catch (RuntimeException e) {
                log.error("Grouping stored articles into stories failed; it is tried again on the next start", e);
                done.completeExceptionally(e);
            }
        });
    }
}
