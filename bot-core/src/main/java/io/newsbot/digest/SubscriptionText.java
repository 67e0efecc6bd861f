package io.newsbot.digest;

import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a subscription reads in replies. */
final class SubscriptionText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private SubscriptionText() {
    }

    /** "07:30 Europe/Berlin, on Syria, North Korea" */
    static String describe(Subscription s) {
        String topics = s.topics().isEmpty() ? ", with all new articles" : ", with articles on " + String.join(", ", s.topics());
        return TIME.format(s.time()) + " " + s.zone().getId() + topics;
    }

    /** When the next digest is due, as "Tuesday 24 November at 07:30" in the subscription's zone. */
    static String next(Subscription s, Instant now, DigestLedger ledger) {
        DailyTime daily = DailyTime.of(s);
        Instant due = daily.nextAfter(now);
        // Today's digest may have gone out already at an earlier time of an older subscription.
        if (ledger.find(s.chat(), daily.dateAt(due)).isPresent()) due = daily.on(daily.dateAt(due).plusDays(1));
        return WHEN.format(due.atZone(s.zone()));
    }
}
