package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestGrants;
import java.time.Clock;

/**
 * {@code /admin allow-digests CHAT} and {@code /admin disallow-digests CHAT}: lets a chat manage its own daily digest
 * when it speaks as itself (a Telegram channel's posts), without making it, or anyone posting in it, a bot admin.
 */
final class DigestGrantAction implements AdminAction {
    private final boolean allow;
    private final DigestGrants grants;
    private final Clock clock;

    private DigestGrantAction(boolean allow, DigestGrants grants, Clock clock) {
        this.allow = allow;
        this.grants = grants;
        this.clock = clock;
    }

    static DigestGrantAction allow(DigestGrants grants, Clock clock) {
        return new DigestGrantAction(true, grants, clock);
    }

    static DigestGrantAction disallow(DigestGrants grants, Clock clock) {
        return new DigestGrantAction(false, grants, clock);
    }

    @Override
    public String name() {
        return allow ? "allow-digests" : "disallow-digests";
    }

    @Override
    public String arguments() {
        return "CHAT";
    }

    @Override
    public String summary() {
        return allow ? "let a channel subscribe itself to digests (platform:chatId; no admin rights)"
                : "take that back: only admins manage that chat's digest";
    }

    @Override
    public AdminResult run(CommandContext context) {
        if (context.args().isEmpty()) return AdminResult.usage("/admin " + name() + " platform:chatId, e.g. /admin " + name() + " telegram:-1001234567890");
        UserKeys.Parsed chat = UserKeys.parse(context.args(), context.message().sender().platform());
        if (!chat.ok()) return AdminResult.failed("Name the chat as platform:chatId, e.g. telegram:-1001234567890 (a bare id means this platform).",
                "invalid chat");
        if (allow) {
            if (!grants.grant(chat.key(), context.message().sender().key(), clock.instant())) {
                return AdminResult.failed(chat.key() + " may already manage its own digest.", "already allowed: " + chat.key());
            }
            return AdminResult.ok(Reply.info(chat.key() + " may now manage its own digest (/subscribe, /unsubscribe posted as the chat)."
                    + " It is not an admin."), "allowed digests " + chat.key());
        }
        if (!grants.revoke(chat.key())) return AdminResult.failed(chat.key() + " had no such permission.", "not allowed: " + chat.key());
        return AdminResult.ok(Reply.info(chat.key() + " no longer manages its own digest; admins still can."), "disallowed digests " + chat.key());
    }
}
