package io.newsbot.slack;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks one at a time, in order, on one thread; {@link #hold()} keeps new tasks from starting until
 * {@link #release()}, so a test can observe what happens before the work runs (such as an acknowledgement).
 * Running in order also lets a test wait for a later task to know the earlier ones are done.
 */
final class HoldableExecutor extends AbstractExecutorService {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-test-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile CountDownLatch gate = new CountDownLatch(0);

    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    @Override
    public void execute(Runnable task) {
        CountDownLatch g = gate;
        thread.execute(() -> {
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            task.run();
        });
    }

    @Override
    public void shutdown() {
        release();
        thread.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        release();
        return thread.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return thread.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.awaitTermination(timeout, unit);
    }
}
