package io.newsbot.command.admin;

import io.newsbot.command.Access;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.AdminStore;
import java.util.List;

/** {@code /admin admins}: who is an admin, and why (console, configuration, or granted in chat). */
final class ListAdminsAction implements AdminAction {
    private final Access access;
    private final AdminStore admins;

    ListAdminsAction(Access access, AdminStore admins) {
        this.access = access;
        this.admins = admins;
    }

    @Override
    public String name() {
        return "admins";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "who the admins are";
    }

    @Override
    public AdminResult run(CommandContext context) {
        List<String> configured = access.configured().stream().sorted().toList();
        List<String> granted = admins.all().stream().filter(k -> !access.isConfigured(k)).toList();
        List<Reply.Item> items = new java.util.ArrayList<>();
        items.add(new Reply.Item("console", "the console user, always", List.of()));
        configured.forEach(k -> items.add(new Reply.Item(k, "by configuration (remove it there to revoke)", List.of())));
        granted.forEach(k -> items.add(new Reply.Item(k, "granted in chat", List.of())));
        return AdminResult.ok(new Reply(Reply.Kind.INFO, "Admins:", List.of(new Reply.Section("", items)), List.of()),
                (configured.size() + granted.size()) + " admins");
    }
}
