package io.newsbot.digest;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** {@code /subscribe HH:MM [Area/City] [topics...]}: a daily digest for this chat (who may: {@link AccessCheckedCommand}). */
public final class SubscribeCommand implements Command {
    private final SubscriptionStore subscriptions;
    private final DigestLedger ledger;
    private final ZoneId defaultZone;
    private final Clock clock;

    public SubscribeCommand(SubscriptionStore subscriptions, DigestLedger ledger, ZoneId defaultZone, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "subscribe";
    }

    @Override
    public String arguments() {
        return "HH:MM [Area/City] [topics...]";
    }

    @Override
    public String summary() {
        return "a daily digest in this chat at that time";
    }

    @Override
    public Reply run(CommandContext context) {
        SubscribeArgs args;
        try {
            args = SubscribeArgs.parse(context.args(), defaultZone);
        } catch (IllegalArgumentException e) {
            return Reply.error(e.getMessage());
        }
        Instant now = clock.instant();
        Subscription s = new Subscription(context.message().chat(), args.time(), args.zone(), args.topics(), context.message().sender().key(),
                now);
        subscriptions.put(s);
        return Reply.info("Subscribed: this chat gets a digest every day at " + SubscriptionText.describe(s) + ".",
                "The next one is due " + SubscriptionText.next(s, now, ledger) + ".",
                "Send /digest for a preview, /subscriptions to see this, /unsubscribe to stop.");
    }
}
