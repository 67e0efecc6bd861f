package io.newsbot.command.admin;

import io.newsbot.command.Access;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.AdminStore;
import java.time.Clock;

/** {@code /admin grant USER}: makes a chat user an admin. */
final class GrantAction implements AdminAction {
    private final Access access;
    private final AdminStore admins;
    private final Clock clock;

    GrantAction(Access access, AdminStore admins, Clock clock) {
        this.access = access;
        this.admins = admins;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "grant";
    }

    @Override
    public String arguments() {
        return "USER";
    }

    @Override
    public String summary() {
        return "make a user an admin: platform:userId, or a bare id on this platform";
    }

    @Override
    public AdminResult run(CommandContext context) {
        if (context.args().isEmpty()) return AdminResult.usage("/admin grant platform:userId, e.g. /admin grant telegram:123456789");
        UserKeys.Parsed user = UserKeys.parse(context.args(), context.message().sender().platform());
        if (!user.ok()) return AdminResult.failed(user.problem(), "invalid user");
        if (access.isConfigured(user.key())) {
            return AdminResult.failed(user.key() + " is already an admin by configuration.", "already admin: " + user.key());
        }
        if (!admins.grant(user.key(), context.message().sender().key(), clock.instant())) {
            return AdminResult.failed(user.key() + " is already an admin.", "already admin: " + user.key());
        }
        return AdminResult.ok(Reply.info(user.key() + " is now an admin."), "granted " + user.key());
    }
}
