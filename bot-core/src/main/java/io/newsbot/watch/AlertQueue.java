package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.List;

/**
 * Alerts between matching and sending. The store keeps one alert per watch and article group, so neither a
 * restart nor a second instance matching the same articles alerts twice; an alert leaves the queue by being handed over
 * to the outbox in one transaction with its message there, which delivers it exactly once.
 */
public interface AlertQueue {
    /** @return false when this watch already has an alert for this group (nothing is queued) */
    boolean queue(Alert alert);

    /** Queued alerts, oldest first, at most {@code limit}. */
    List<Alert> queued(int limit);

    /**
     * Marks a queued alert handed over to the outbox; called in the transaction that queues its message there.
     *
     * @return false when it is no longer queued (another instance handed it over or it failed): nothing is changed
     */
    boolean handOver(long id, String instanceId, Instant at);

    /** Records that a queued alert will not be sent (its watch or article is gone, or the bot left the chat). */
    void failed(long id, String error);

    /** Alerts handed over for the chat since the given time: what the hourly cap counts. */
    int sentSince(ChatRef chat, Instant since);

    /** Alerts of every status for a chat, newest first, for tests and admins. */
    List<Alert> forChat(ChatRef chat, int limit);
}
