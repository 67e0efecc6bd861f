package io.newsbot.testing;

import io.newsbot.platform.Reply;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An answer that takes as long as the test wants: the test waits until it has started, checks what the adapter does
 * meanwhile (typing, an hourglass, polling on), then releases it and it answers "Done at last.".
 */
public final class HeldAnswer {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Duration limit;

    /** @param limit how long it waits to be released before it fails */
    public HeldAnswer(Duration limit) {
        this.limit = limit;
    }

    /** Answers once released (as a command's answer, on the adapter's answering thread). */
    public Reply answer() {
        entered.countDown();
        try {
            if (!release.await(limit.toMillis(), TimeUnit.MILLISECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Reply.info("Done at last.");
    }

    /** Whether the answer started within {@code timeout}. */
    public boolean awaitEntered(Duration timeout) throws InterruptedException {
        return entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void release() {
        release.countDown();
    }
}
