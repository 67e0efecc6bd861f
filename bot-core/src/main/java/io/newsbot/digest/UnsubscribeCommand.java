package io.newsbot.digest;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.SubscriptionStore;

/** {@code /unsubscribe}: no more daily digests in this chat (who may: {@link AccessCheckedCommand}). */
public final class UnsubscribeCommand implements Command {
    private final SubscriptionStore subscriptions;

    public UnsubscribeCommand(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "unsubscribe";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "stop the daily digest in this chat";
    }

    @Override
    public Reply run(CommandContext context) {
        return subscriptions.remove(context.message().chat())
                ? Reply.info("Unsubscribed: this chat gets no more daily digests.")
                : Reply.info("This chat has no daily digest to stop. Subscribe with /subscribe HH:MM [Area/City] [topics].");
    }
}
