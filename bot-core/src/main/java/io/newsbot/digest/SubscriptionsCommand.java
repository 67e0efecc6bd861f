package io.newsbot.digest;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /subscriptions}: this chat's digest; for admins also how many chats subscribe and which digests failed lately. */
public final class SubscriptionsCommand implements Command {
    private static final Duration FAILURES_SHOWN = Duration.ofDays(7);
    private static final int MAX_FAILURES = 10;
    private final SubscriptionStore subscriptions;
    private final DigestLedger ledger;
    private final Clock clock;

    public SubscriptionsCommand(SubscriptionStore subscriptions, DigestLedger ledger, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "this chat's daily digest";
    }

    @Override
    public Reply run(CommandContext context) {
        Instant now = clock.instant();
        List<String> lines = new ArrayList<>();
        Optional<Subscription> mine = subscriptions.find(context.message().chat());
        if (mine.isPresent()) {
            lines.add("This chat gets a digest every day at " + SubscriptionText.describe(mine.get()) + ".");
            lines.add("The next one is due " + SubscriptionText.next(mine.get(), now, ledger) + ".");
        } else {
            lines.add("This chat has no daily digest. Subscribe with /subscribe HH:MM [Area/City] [topics].");
        }
        if (context.admin()) {
            lines.add(subscriptions.all().size() + " chat(s) subscribe to digests.");
            List<DigestLedger.Delivery> failures = ledger.failuresSince(now.minus(FAILURES_SHOWN));
            lines.add(failures.isEmpty() ? "No digest failed in the last 7 days."
                    : failures.size() + " digest(s) failed in the last 7 days:");
            for (DigestLedger.Delivery f : failures.subList(0, Math.min(failures.size(), MAX_FAILURES))) {
                lines.add(f.platform() + ":" + f.chatId() + " on " + f.date() + " after " + f.attempts() + " attempt(s): " + f.detail());
            }
        }
        return Reply.info("Daily digest", lines.toArray(String[]::new));
    }
}
