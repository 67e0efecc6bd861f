package io.newsbot.watch;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@code /watch NAME-OR-TOPIC}: alerts in this chat when a person says something new, or a topic has new articles (who may: {@link io.newsbot.digest.AccessCheckedCommand}). */
public final class WatchCommand implements Command {
    private final WatchStore watches;
    private final Clock clock;
    private final int maxPerChat;

    public WatchCommand(WatchStore watches, Clock clock, int maxPerChat) {
        this.watches = watches;
        this.clock = clock;
        this.maxPerChat = maxPerChat;
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String arguments() {
        return "NAME or TOPIC";
    }

    @Override
    public String summary() {
        return "an alert here when a person says something new or a topic has news, e.g. /watch Lavrov";
    }

    @Override
    public Reply run(CommandContext context) {
        WatchArgs args;
        try {
            args = WatchArgs.parse(context.args());
        } catch (IllegalArgumentException e) {
            return Reply.error(e.getMessage());
        }
        List<Watch> existing = watches.forChat(context.message().chat());
        for (int i = 0; i < existing.size(); i++) {
            Watch w = existing.get(i);
            // "lavrov" after "Lavrov" is the same watch unless the user asked for the other kind.
            if ((w.kind() == args.kind() || !args.forced()) && w.subject().toLowerCase(Locale.ROOT).equals(args.subject().toLowerCase(Locale.ROOT))) {
                return Reply.info("This chat already watches " + w.subject() + " (number " + (i + 1) + " in /watches).");
            }
        }
        if (existing.size() >= maxPerChat) {
            return Reply.error("This chat has " + existing.size() + " watches, the most it can have; remove one with /unwatch N first.");
        }
        watches.add(new Watch(0, context.message().chat(), args.kind(), args.subject(), context.message().sender().key(), clock.instant()));
        String what = args.kind() == Watch.Kind.PERSON
                ? "Watching " + args.subject() + ": new statements by them in the articles I take in come here."
                : "Watching " + args.subject() + ": new articles on it come here.";
        String other = args.kind() == Watch.Kind.PERSON ? "For articles on it as a topic instead, send /watch topic " + args.subject() + "."
                : "To follow it as a person's statements instead, send /watch person " + args.subject() + ".";
        return Reply.info(what, other, "/watches lists this chat's watches; /unwatch N stops one.");
    }
}
