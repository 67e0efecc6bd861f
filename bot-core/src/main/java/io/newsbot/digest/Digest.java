package io.newsbot.digest;

import io.newsbot.platform.Reply;
import java.time.Instant;
import java.util.Objects;

/**
 * A composed digest, ready to send.
 *
 * @param reply    what the chat receives, of kind {@link Reply.Kind#DIGEST}
 * @param articles how many articles it covers (0 on a day with nothing new)
 * @param from     the start of its article window (inclusive)
 * @param until    the end of its article window (exclusive): where the chat's next digest starts
 */
public record Digest(Reply reply, int articles, Instant from, Instant until) {
    public Digest {
        Objects.requireNonNull(reply, "reply");
        if (articles < 0) throw new IllegalArgumentException("articles must not be negative");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    public boolean empty() {
        return articles == 0;
    }
}
