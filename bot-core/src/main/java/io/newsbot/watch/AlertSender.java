package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.store.ChatStore;
import io.newsbot.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands queued alerts over to the outbox, which delivers them as it delivers answers and digests. An alert waits, and
 * is not dropped, while its chat is in quiet hours (in the chat's time zone) or has had its hourly cap of alerts; it
 * goes on a later pass. Marking an alert handed over and queueing its message (tag {@code alert:<id>}) happen in one
 * transaction, so a crash at any moment neither loses an alert nor sends it twice, and of two instances one hands it
 * over. The outbox tries for {@link WatchSettings#deliverWithin()} through outages, then gives it up.
 */
public final class AlertSender {
    private static final Logger log = LoggerFactory.getLogger(AlertSender.class);
    /** The outbox tag of an alert, "alert:17". */
    public static final String TAG = "alert:";
    private static final int BATCH = 500;
    private final AlertQueue queue;
    private final WatchStore watches;
    private final ArticleStore articles;
    private final ChatStore chats;
    private final ChatAlertRules rules;
    private final Outbox outbox;
    private final Transactions transactions;
    private final RunningPlatforms platforms;
    private final Clock clock;
    private final String instanceId;
    private volatile Listener listener = (alert, at) -> { };

    /** Told of every alert handed over to the outbox, for metrics, tests and the benchmark. */
    @FunctionalInterface
    public interface Listener {
        void handedOver(Alert alert, Instant at);
    }

    public AlertSender(AlertQueue queue, WatchStore watches, ArticleStore articles, ChatStore chats, ChatAlertRules rules, Outbox outbox,
                       Transactions transactions, RunningPlatforms platforms, Clock clock, String instanceId) {
        this.queue = queue;
        this.watches = watches;
        this.articles = articles;
        this.chats = chats;
        this.rules = rules;
        this.outbox = outbox;
        this.transactions = transactions;
        this.platforms = platforms;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** One pass over the queue. @return the alerts handed over to the outbox */
    public synchronized int send() {
        Instant now = clock.instant();
        Map<ChatRef, Integer> recent = new HashMap<>();
        Set<String> woken = new LinkedHashSet<>();
        int handed = 0;
        for (Alert a : queue.queued(BATCH)) {
            if (!platforms.running(a.chat().platform()) || rules.settings().isQuiet(now.atZone(rules.zone(a.chat())).toLocalTime())) continue;
            int count = recent.computeIfAbsent(a.chat(), c -> queue.sentSince(c, now.minus(Duration.ofHours(1))));
            if (count >= rules.cap(a.chat())) continue;
            if (handOver(a, now)) {
                recent.put(a.chat(), count + 1);
                woken.add(a.chat().platform());
                handed++;
            }
        }
        woken.forEach(platforms::wake);
        return handed;
    }

    private boolean handOver(Alert a, Instant now) {
        Optional<Article> article = articles.byId(a.articleId());
        Optional<Watch> watch = watches.byId(a.watchId());
        if (article.isEmpty() || watch.isEmpty()) {
            queue.failed(a.id(), article.isEmpty() ? "the article was removed" : "the watch was removed");
            return false;
        }
        if (!chats.isActive(a.chat())) {
            queue.failed(a.id(), "the bot was removed from that chat");
            return false;
        }
        Outgoing message = new Outgoing(a.chat(), null, "", AlertReply.of(a, article.get(), watch.get().subject()), TAG + a.id(), now,
                now.plus(rules.settings().deliverWithin()));
        boolean handed = transactions.atomically(() -> {
            if (!queue.handOver(a.id(), instanceId, now)) return false;
            outbox.queue(message);
            return true;
        });
        if (!handed) return false;
        log.info("Queued alert {} of watch {} for {}", a.id(), a.watchId(), a.chat().key());
        listener.handedOver(a, now);
        return true;
    }
}
