package io.newsbot.digest;

import io.newsbot.command.CommandContext;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import java.util.Optional;

/**
 * Who may change a chat's digest: anyone in a private chat; in a group or channel, a bot admin (the core
 * cannot see a platform's own chat admins, so those are not enough by themselves).
 */
final class SubscriptionAccess {
    private SubscriptionAccess() {
    }

    /** A refusal when the sender may not change this chat's digest, else empty. */
    static Optional<Reply> refusal(CommandContext context, String action) {
        if (context.message().chat().type() == ChatType.PRIVATE || context.admin()) return Optional.empty();
        return Optional.of(Reply.text(Reply.Kind.REFUSED, "Only a bot admin can " + action + " in a group or channel. "
                + "In a private chat with me, anyone can."));
    }
}
