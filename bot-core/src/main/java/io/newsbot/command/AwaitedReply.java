package io.newsbot.command;

import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.Optional;

/**
 * A short answer the bot asked for in a conversation, such as what was wrong with an answer rated 👎. The router shows
 * it every message first: it takes the message when it is that answer, and forgets the question either way, so the bot
 * asks once and a user who carries on is never caught later.
 */
@FunctionalInterface
public interface AwaitedReply {
    /** The reply when the message answers what was asked, else empty (the message is routed as usual). */
    Optional<Reply> take(InboundMessage message);
}
