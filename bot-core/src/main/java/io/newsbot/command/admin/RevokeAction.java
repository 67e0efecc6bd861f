package io.newsbot.command.admin;

import io.newsbot.command.Access;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.AdminStore;

/**
 * {@code /admin revoke USER}: takes a granted admin's rights away. Admins by configuration are revoked in the
 * configuration, not in chat; and the last admin cannot revoke themselves, which would leave no one in charge.
 */
final class RevokeAction implements AdminAction {
    private final Access access;
    private final AdminStore admins;

    RevokeAction(Access access, AdminStore admins) {
        this.access = access;
        this.admins = admins;
    }

    @Override
    public String name() {
        return "revoke";
    }

    @Override
    public String arguments() {
        return "USER";
    }

    @Override
    public String summary() {
        return "take a granted admin's rights away";
    }

    @Override
    public AdminResult run(CommandContext context) {
        if (context.args().isEmpty()) return AdminResult.usage("/admin revoke platform:userId, e.g. /admin revoke telegram:123456789");
        UserKeys.Parsed user = UserKeys.parse(context.args(), context.message().sender().platform());
        if (!user.ok()) return AdminResult.failed(user.problem(), "invalid user");
        if (access.isConfigured(user.key())) {
            return AdminResult.failed(user.key() + " is an admin by configuration; remove it from admins in the configuration file instead.",
                    "configured admin: " + user.key());
        }
        boolean self = user.key().equals(context.message().sender().key());
        if (self && access.configured().size() + admins.all().size() <= 1) {
            return AdminResult.failed("You are the last admin; grant someone else first, or you could not get back in.",
                    "last admin: " + user.key());
        }
        if (!admins.revoke(user.key())) return AdminResult.failed(user.key() + " is not an admin.", "not an admin: " + user.key());
        return AdminResult.ok(Reply.info(user.key() + " is no longer an admin."), "revoked " + user.key());
    }
}
