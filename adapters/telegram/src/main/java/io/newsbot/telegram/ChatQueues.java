package io.newsbot.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work one task at a time per chat, in the order given, while different chats run in parallel on a
 * shared executor: a conversation's answers never overtake each other, and a slow chat does not hold up
 * the others.
 */
final class ChatQueues {
    private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);
    private final Executor executor;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    ChatQueues(Executor executor) {
        this.executor = executor;
    }

    /**
     * Queues the task behind the chat's earlier ones. A failing task is logged and does not stop the queue.
     *
     * @return completes when the task has run (or failed)
     */
    synchronized CompletableFuture<Void> submit(String chatKey, Runnable task) {
        CompletableFuture<Void> previous = tails.getOrDefault(chatKey, CompletableFuture.completedFuture(null));
        CompletableFuture<Void> next = previous.thenRunAsync(task, executor).exceptionally(e -> {
            log.error("A Telegram task for {} failed", chatKey, e);
            return null;
        });
        tails.put(chatKey, next);
        next.whenComplete((v, e) -> forget(chatKey, next));
        return next;
    }

    private synchronized void forget(String chatKey, CompletableFuture<Void> done) {
        tails.remove(chatKey, done);
    }

    /** Waits for every queued task to finish; false when some were still running after the timeout. */
    boolean drain(Duration timeout) {
        CompletableFuture<?>[] pending;
        synchronized (this) {
            pending = tails.values().toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(pending).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
