package io.newsbot.watch;

import io.newsbot.outbox.OutboxSender;
import java.util.Optional;
import java.util.function.Function;

/**
 * The platforms whose outbox senders run in this process, as alerts need them: an alert for a platform that is not
 * running here waits in the queue (another instance, or a later start, hands it over), and a sender is woken when an
 * alert was queued for it instead of finding it on its next poll.
 */
public interface RunningPlatforms {
    boolean running(String platform);

    /** Tells the platform's sender that a message waits in the outbox; nothing when the platform is not running. */
    void wake(String platform);

    /** The platforms of the given senders, one per platform name. */
    static RunningPlatforms of(Function<String, Optional<OutboxSender>> senders) {
        return new RunningPlatforms() {
            @Override
            public boolean running(String platform) {
                return senders.apply(platform).isPresent();
            }

            @Override
            public void wake(String platform) {
                senders.apply(platform).ifPresent(OutboxSender::wake);
            }
        };
    }
}
