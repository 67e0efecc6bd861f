package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import io.newsbot.store.Settings;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.time.ZoneId;

/**
 * A chat's alert rules: its time zone (that of its digest subscription, else the bot's), for quiet hours, and its
 * hourly cap (its own, set with {@code /watches cap N}, else the default).
 */
public final class ChatAlertRules {
    private static final String CAP = "watch.cap.";
    private final SubscriptionStore subscriptions;
    private final Settings values;
    private final ZoneId defaultZone;
    private final WatchSettings settings;

    public ChatAlertRules(SubscriptionStore subscriptions, Settings values, ZoneId defaultZone, WatchSettings settings) {
        this.subscriptions = subscriptions;
        this.values = values;
        this.defaultZone = defaultZone;
        this.settings = settings;
    }

    public ZoneId zone(ChatRef chat) {
        return subscriptions.find(chat).map(Subscription::zone).orElse(defaultZone);
    }

    public int cap(ChatRef chat) {
        return values.get(CAP + chat.key()).map(Integer::parseInt).orElse(settings.hourlyCap());
    }

    public void setCap(ChatRef chat, int cap) {
        if (cap < 1 || cap > 100) throw new IllegalArgumentException("cap must be between 1 and 100");
        values.put(CAP + chat.key(), Integer.toString(cap));
    }

    public WatchSettings settings() {
        return settings;
    }
}
