package io.newsbot.watch;

import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.Outgoing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** An outbox whose first write fails, as a store failing (or the process dying) in the middle of a transaction. */
final class FailingOutbox implements Outbox {
    private final Outbox outbox;
    private final AtomicBoolean failed;

    FailingOutbox(Outbox outbox, AtomicBoolean failed) {
        this.outbox = outbox;
        this.failed = failed;
    }

    @Override
    public long queue(Outgoing message) {
        if (failed.compareAndSet(false, true)) throw new IllegalStateException("the store went away");
        return outbox.queue(message);
    }

    @Override
    public List<OutboxMessage> lease(String platform, Instant now, String holder, Duration lease, int limit) {
        return outbox.lease(platform, now, holder, lease, limit);
    }

    @Override
    public boolean progress(long id, String holder, int partsSent, Instant leaseUntil) {
        return outbox.progress(id, holder, partsSent, leaseUntil);
    }

    @Override
    public boolean sent(long id, String holder, Instant at) {
        return outbox.sent(id, holder, at);
    }

    @Override
    public void retryAt(long id, String holder, Instant notBefore, int attempts, String error) {
        outbox.retryAt(id, holder, notBefore, attempts, error);
    }

    @Override
    public void failed(long id, String holder, Instant at, int attempts, String error) {
        outbox.failed(id, holder, at, attempts, error);
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return outbox.find(id);
    }

    @Override
    public Optional<OutboxMessage> findTagged(String platform, String chatId, String tag) {
        return outbox.findTagged(platform, chatId, tag);
    }

    @Override
    public Backlog backlog(Instant failedSince) {
        return outbox.backlog(failedSince);
    }

    @Override
    public int releaseLeases() {
        return outbox.releaseLeases();
    }

    @Override
    public int purgeSettledBefore(Instant before) {
        return outbox.purgeSettledBefore(before);
    }
}
