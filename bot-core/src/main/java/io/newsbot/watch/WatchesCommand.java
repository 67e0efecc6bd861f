package io.newsbot.watch;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.digest.SubscriptionAccess;
import io.newsbot.platform.Reply;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /watches}: this chat's watches, numbered for {@code /unwatch N}; {@code /watches cap N} sets its hourly cap. */
public final class WatchesCommand implements Command {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final WatchStore watches;
    private final ChatAlertRules rules;
    private final SubscriptionAccess access;

    public WatchesCommand(WatchStore watches, ChatAlertRules rules, SubscriptionAccess access) {
        this.watches = watches;
        this.rules = rules;
        this.access = access;
    }

    @Override
    public String name() {
        return "watches";
    }

    @Override
    public String arguments() {
        return "[cap N]";
    }

    @Override
    public String summary() {
        return "this chat's watches; /watches cap N: at most N alerts an hour";
    }

    @Override
    public Reply run(CommandContext context) {
        String[] words = context.args().split("\\s+");
        if (words[0].equalsIgnoreCase("cap")) return cap(context, words);
        if (!context.args().isEmpty()) return Reply.error("Send /watches to list this chat's watches, or /watches cap N to set its hourly cap.");
        var chat = context.message().chat();
        List<Watch> all = watches.forChat(chat);
        WatchSettings s = rules.settings();
        String limits = "At most " + rules.cap(chat) + " alerts an hour; none between " + HH_MM.format(s.quietFrom()) + " and "
                + HH_MM.format(s.quietUntil()) + " (" + rules.zone(chat).getId() + "): those wait until the morning.";
        if (all.isEmpty()) return Reply.info("This chat watches nothing yet. Try /watch Lavrov or /watch North Korea sanctions.", limits);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Watch w = all.get(i);
            lines.add((i + 1) + ". " + w.subject() + (w.kind() == Watch.Kind.PERSON ? " (what they say)" : " (news on it)"));
        }
        lines.add(limits);
        lines.add("Stop one with /unwatch N.");
        return Reply.info("This chat watches:", lines.toArray(String[]::new));
    }

    private Reply cap(CommandContext context, String[] words) {
        Optional<Reply> refused = access.refusal(context, "change watches");
        if (refused.isPresent()) return refused.get();
        int cap;
        try {
            if (words.length != 2) throw new NumberFormatException();
            cap = Integer.parseInt(words[1]);
            if (cap < 1 || cap > 100) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            return Reply.error("Usage: /watches cap N, with N from 1 to 100 alerts an hour.");
        }
        rules.setCap(context.message().chat(), cap);
        return Reply.info("This chat now gets at most " + cap + " alerts an hour; the rest wait for the next hour.");
    }
}
