package io.newsbot.watch;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.util.List;

/** {@code /unwatch N}: stops the chat's N-th watch, as {@code /watches} numbers them; its waiting alerts go too (who may: {@link io.newsbot.digest.AccessCheckedCommand}). */
public final class UnwatchCommand implements Command {
    private final WatchStore watches;

    public UnwatchCommand(WatchStore watches) {
        this.watches = watches;
    }

    @Override
    public String name() {
        return "unwatch";
    }

    @Override
    public String arguments() {
        return "N";
    }

    @Override
    public String summary() {
        return "stop the watch numbered N in /watches";
    }

    @Override
    public Reply run(CommandContext context) {
        List<Watch> all = watches.forChat(context.message().chat());
        int n;
        try {
            n = Integer.parseInt(context.args());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > all.size()) {
            return Reply.error(all.isEmpty() ? "This chat watches nothing, so there is nothing to stop."
                    : "Send /unwatch N with N from 1 to " + all.size() + ", as /watches numbers them.");
        }
        Watch w = all.get(n - 1);
        watches.remove(context.message().chat(), w.id());
        return Reply.info("Stopped watching " + w.subject() + ".");
    }
}
