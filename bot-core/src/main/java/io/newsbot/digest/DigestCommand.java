package io.newsbot.digest;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code /digest}: today's digest now, in this chat, as a preview. It covers what the next daily digest
 * would (since the last one, or the last 24 hours) and does not count as the daily one.
 */
public final class DigestCommand implements Command {
    private final DigestComposer composer;
    private final SubscriptionStore subscriptions;
    private final DigestLedger ledger;
    private final ZoneId defaultZone;
    private final Clock clock;

    public DigestCommand(DigestComposer composer, SubscriptionStore subscriptions, DigestLedger ledger, ZoneId defaultZone, Clock clock) {
        this.composer = composer;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "a preview of today's digest, now";
    }

    @Override
    public Reply run(CommandContext context) {
        Instant now = clock.instant();
        ChatRef chat = context.message().chat();
        Optional<Subscription> subscription = subscriptions.find(chat);
        ZoneId zone = subscription.map(Subscription::zone).orElse(defaultZone);
        List<String> topics = subscription.map(Subscription::topics).orElse(List.of());
        Instant from = Lookback.DEFAULT.from(ledger.lastCoveredUntil(chat), now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        return composer.compose(new DigestRequest(chat, today, DigestTitles.preview(today), topics, from, now, false)).reply();
    }
}
