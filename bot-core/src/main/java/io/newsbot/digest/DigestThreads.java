package io.newsbot.digest;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which platform messages carry which digest, so that a reply to one (a Telegram reply, a Slack thread reply) is asked
 * about that digest's stories. Couriers record each digest message the platform accepted, by the platform's own id.
 */
public interface DigestThreads {
    /**
     * How long a digest's messages are remembered: a reply to an older digest is answered as any question. A month
     * covers any reply a reader still makes to a daily digest, and keeps the table from growing without end.
     */
    Duration KEPT = Duration.ofDays(30);

    /** Records nothing and finds nothing. */
    DigestThreads NONE = new DigestThreads() {
        @Override
        public void sent(ChatRef chat, String messageId, Reply digest, Instant at) {
        }

        @Override
        public Optional<SentDigest> find(ChatRef chat, String messageId) {
            return Optional.empty();
        }

        @Override
        public int forgetSentBefore(Instant before) {
            return 0;
        }
    };

    /** Records that the platform accepted a message of {@code digest} under {@code messageId}; again is harmless. */
    void sent(ChatRef chat, String messageId, Reply digest, Instant at);

    /** The digest a message of the chat carries, if it is one. */
    Optional<SentDigest> find(ChatRef chat, String messageId);

    /** Forgets the digest messages sent before {@code before}; returns how many. */
    int forgetSentBefore(Instant before);

    /** A digest as it was sent, and when. */
    record SentDigest(Reply digest, Instant sentAt) {
        public SentDigest {
            java.util.Objects.requireNonNull(digest, "digest");
            java.util.Objects.requireNonNull(sentAt, "sentAt");
        }
    }
}
