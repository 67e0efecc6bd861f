package io.newsbot.outbox;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Reply;
import java.time.Instant;
import java.util.Objects;

/**
 * A reply or digest to deliver, as it is written to the outbox before any attempt to send it.
 *
 * @param chat      where it goes
 * @param threadId  the thread to answer in, or {@code null} for the chat's main flow
 * @param route     how the platform's courier reaches the chat beyond chat and thread (a message to reply to, a
 *                  slash command's response URL...), in the adapter's own notation; empty when there is nothing more
 * @param reply     what to send; the courier renders it for its platform
 * @param tag       what it answers: the claimed event's key, or {@code digest:DATE}; empty when nothing
 * @param createdAt when it was written
 * @param deadline  after this it is no longer worth sending and is given up
 */
public record Outgoing(ChatRef chat, String threadId, String route, Reply reply, String tag, Instant createdAt, Instant deadline) {
    /** The longest route and tag the store keeps. */
    public static final int MAX_ROUTE = 2048;
    public static final int MAX_TAG = 256;

    public Outgoing {
        Objects.requireNonNull(chat, "chat");
        route = route == null ? "" : route;
        if (route.length() > MAX_ROUTE) throw new IllegalArgumentException("route must be at most " + MAX_ROUTE + " characters");
        Objects.requireNonNull(reply, "reply");
        tag = tag == null ? "" : tag;
        if (tag.length() > MAX_TAG) throw new IllegalArgumentException("tag must be at most " + MAX_TAG + " characters");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(createdAt)) throw new IllegalArgumentException("deadline must not be before createdAt");
    }
}
