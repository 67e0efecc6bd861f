package io.newsbot.digest;

import io.newsbot.command.CommandContext;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestGrants;
import java.util.Optional;

/**
 * Who may change a chat's digest: anyone in a private chat; in a group or channel, a bot admin (the core cannot see
 * a platform's own chat admins, so those are not enough by themselves), or the chat itself when a bot admin has
 * allowed it ({@code /admin allow-digests}). "The chat itself" is a message that speaks as the chat: a Telegram
 * channel's posts, which only the channel's admins can make, or a group's anonymous admins. That grant reaches
 * digests only, never {@code /admin}, so a channel no longer has to be made a bot admin to get digests.
 */
public final class SubscriptionAccess {
    private final DigestGrants grants;

    public SubscriptionAccess(DigestGrants grants) {
        this.grants = grants;
    }

    /** A refusal when the sender may not change this chat's digest, else empty. */
    Optional<Reply> refusal(CommandContext context, String action) {
        InboundMessage m = context.message();
        if (m.chat().type() == ChatType.PRIVATE || context.admin()) return Optional.empty();
        boolean speaksAsTheChat = m.sender().key().equals(m.chat().key());
        if (speaksAsTheChat && grants.isGranted(m.chat().key())) return Optional.empty();
        return Optional.of(Reply.text(Reply.Kind.REFUSED, "Only a bot admin can " + action + " in a group or channel. "
                + "In a private chat with me, anyone can. A bot admin can let this " + (m.chat().type() == ChatType.CHANNEL ? "channel" : "chat")
                + " manage its own digest with /admin allow-digests " + m.chat().key() + "."));
    }
}
