package io.newsbot.command.admin;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.index.InPlaceReindexer;
import io.newsbot.platform.Reply;
import io.newsbot.store.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin SUB-COMMAND [ARGS]}: running newsbot from any chat. Only admins (as {@link io.newsbot.command.Access}
 * decides, on platform user ids) may run a sub-command; anyone else gets one polite refusal and nothing
 * changes. Every invocation, allowed or refused, is written to the audit log with who, where, when and
 * the outcome.
 */
public final class AdminCommand implements Command {
    private static final Logger log = LoggerFactory.getLogger(AdminCommand.class);
    static final String REFUSAL = "Sorry, only newsbot's admins can use /admin commands.";
    private final Map<String, AdminAction> actions = new LinkedHashMap<>();
    private final AdminAudit trail;

    AdminCommand(List<AdminAction> actions, AuditLog audit, Clock clock) {
        for (AdminAction a : actions) this.actions.put(a.name(), a);
        this.trail = new AdminAudit(audit, clock);
    }

    /**
     * The admin command over the parts its sub-commands use.
     *
     * @param background runs long tasks (re-index) off the chat's thread; they stop early once it is shut down
     */
    public static AdminCommand over(AdminPorts p, ExecutorService background) {
        AdminAudit trail = new AdminAudit(p.audit(), p.clock());
        return new AdminCommand(List.of(
                new ListSourcesAction(p.sources(), p.zone()),
                new AddSourceAction(p.ingestor(), p.sources(), p.sourceLocks(), p.clock()),
                new RemoveSourceAction(p.sources()),
                new ListArticlesAction(p.articles()),
                new RemoveArticleAction(p.articles(), p.ingestor()),
                new ReindexAction(p.articles(), new InPlaceReindexer(p.articles(), p.indexer()), p.messengers(), background, trail),
                new StatsAction(p.sources(), p.articles(), p.index(), p.questions(), new DigestCounts(p.digestLedger()), p.outbox(),
                        p.chats(), p.access(), p.admins(), p.zone(), p.clock()),
                new ListAdminsAction(p.access(), p.admins()),
                new GrantAction(p.access(), p.admins(), p.clock()),
                new RevokeAction(p.access(), p.admins()),
                DigestGrantAction.allow(p.digestGrants(), p.clock()),
                DigestGrantAction.disallow(p.digestGrants(), p.clock()),
                new AuditAction(p.audit(), p.zone()),
                new FeedbackAction(p.feedback(), p.zone()),
                new UnansweredAction(p.feedback()),
                new BroadcastAction(p.chats(), p.messengers())), p.audit(), p.clock());
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String arguments() {
        return "COMMAND";
    }

    @Override
    public String summary() {
        return "run newsbot (admins only); /admin help lists the commands";
    }

    @Override
    public Reply run(CommandContext context) {
        String[] parts = context.args().split("\\s+", 2);
        String sub = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        String command = ("/admin " + context.args()).strip();
        AdminResult result;
        if (!context.admin()) {
            result = new AdminResult(Reply.text(Reply.Kind.REFUSED, REFUSAL), AdminResult.REFUSED, "not an admin");
        } else if (sub.isEmpty() || sub.equals("help")) {
            result = AdminResult.ok(help(), "");
        } else if (!actions.containsKey(sub)) {
            result = AdminResult.failed("I don't know /admin " + AdminArgs.shorten(sub, 40) + ". Send /admin help to see the admin commands.",
                    "unknown command");
        } else {
            result = runAction(actions.get(sub), new CommandContext(context.message(), rest, true));
        }
        trail.record(context.message(), command, result.outcome(), result.detail());
        return result.reply();
    }

    private AdminResult runAction(AdminAction action, CommandContext context) {
        try {
            return action.run(context);
        } catch (RuntimeException e) {
            log.error("/admin {} failed", action.name(), e);
            return AdminResult.failed("Sorry, /admin " + action.name() + " failed on my side; the log has the details.",
                    "error: " + e.getClass().getSimpleName());
        }
    }

    private Reply help() {
        List<Reply.Item> items = new ArrayList<>();
        items.add(new Reply.Item("/admin help", "this list", List.of()));
        for (AdminAction a : actions.values()) {
            items.add(new Reply.Item("/admin " + a.name() + (a.arguments().isEmpty() ? "" : " " + a.arguments()), a.summary(), List.of()));
        }
        return new Reply(Reply.Kind.INFO, "Admin commands (every use is written to the audit log):",
                List.of(new Reply.Section("", items)), List.of());
    }
}
