package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.List;

/**
 * Alerts between matching and sending. The store keeps one alert per watch and article group, so neither a
 * restart nor a second instance matching the same articles alerts twice; a send is claimed before it is made.
 */
public interface AlertQueue {
    /** @return false when this watch already has an alert for this group (nothing is queued) */
    boolean queue(Alert alert);

    /** Queued alerts, oldest first, at most {@code limit}. */
    List<Alert> queued(int limit);

    /** Claims a queued alert for sending. @return false when another instance claimed it first */
    boolean claim(long id, String instanceId, Instant at);

    /** Records the send of a claimed alert. */
    void sent(long id, Instant at);

    /** Gives a claimed alert back to the queue after a failed attempt. */
    void release(long id, String error);

    /** Records that a claimed alert will not be sent. */
    void failed(long id, String error);

    /** How many tries the alert has had. */
    int attempts(long id);

    /** Alerts sent (or being sent) to the chat since the given time: what the hourly cap counts. */
    int sentSince(ChatRef chat, Instant since);

    /** Marks failed the claims older than the given time: their instance stopped while sending. */
    int abandonClaimsBefore(Instant before, String error);

    /** Alerts of every status for a chat, newest first, for tests and admins. */
    List<Alert> forChat(ChatRef chat, int limit);
}
