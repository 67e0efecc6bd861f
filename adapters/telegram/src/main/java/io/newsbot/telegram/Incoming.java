package io.newsbot.telegram;

import io.newsbot.platform.InboundMessage;
import java.util.Objects;

/**
 * A Telegram message the bot should answer: the core's view of it, and where the answer goes.
 *
 * @param message what the core handles, with the bot's @name and mentions already removed
 * @param target  where to send the reply
 */
record Incoming(InboundMessage message, Target target) {
    Incoming {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(target, "target");
    }
}
