package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.AuditLog;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** {@code /admin audit [N]}: the newest entries of the audit log: who ran what, where, when, with what outcome. */
final class AuditAction implements AdminAction {
    static final int MAX = 100;
    private final AuditLog audit;
    private final DateTimeFormatter time;

    AuditAction(AuditLog audit, ZoneId zone) {
        this.audit = audit;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT).withZone(zone);
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "the newest N audit entries (default 10, at most " + MAX + ")";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalInt n = AdminArgs.count(context.args(), 10, MAX);
        if (n.isEmpty()) return AdminResult.usage("/admin audit [N], with N from 1 to " + MAX);
        List<AuditLog.Entry> entries = audit.latest(n.getAsInt());
        if (entries.isEmpty()) return AdminResult.ok(Reply.info("The audit log is empty."), "0 entries");
        List<Reply.Item> items = entries.stream().map(this::item).toList();
        return AdminResult.ok(new Reply(Reply.Kind.INFO, "The newest " + entries.size() + " audit entries, newest first:",
                List.of(new Reply.Section("", items)), List.of()), entries.size() + " entries");
    }

    private Reply.Item item(AuditLog.Entry e) {
        String text = e.platform() + ":" + e.userId() + " in chat " + e.chatId() + ": " + e.command() + " → " + e.outcome()
                + (e.detail() == null || e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
        return new Reply.Item(time.format(e.at()), text, List.of());
    }
}
