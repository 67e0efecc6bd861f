package io.newsbot.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core's own threads: one per core for embedding, one for background work (story backfill, re-index). */
final class CoreThreads implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoreThreads.class);
    private final ExecutorService embedding = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), daemon("embedding"));
    private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("background"));

    ExecutorService embedding() {
        return embedding;
    }

    ExecutorService background() {
        return background;
    }

    /** Lets a running background task finish: it sees the shutdown and stops at its next safe point. */
    void stopBackground() {
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) log.warn("A background task did not stop in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        background.shutdown();
        embedding.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, "newsbot-" + name);
            t.setDaemon(true);
            return t;
        };
    }
}
