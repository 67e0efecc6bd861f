package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued alerts through the platforms' messengers, as digests go. An alert waits, and is not dropped, while its
 * chat is in quiet hours (in the chat's time zone) or has had its hourly cap of alerts; it is sent on a later pass.
 * Each send is claimed in the store first, so two instances never send one alert twice; as with digests, a crash
 * between claim and send loses that alert (marked failed after {@link WatchSettings#abandonAfter()}), never repeats it.
 */
public final class AlertSender {
    private static final Logger log = LoggerFactory.getLogger(AlertSender.class);
    private static final int BATCH = 500;
    private final AlertQueue queue;
    private final WatchStore watches;
    private final ArticleStore articles;
    private final ChatStore chats;
    private final ChatAlertRules rules;
    private final Function<String, Optional<Messenger>> messengers;
    private final Clock clock;
    private final String instanceId;
    private volatile Listener listener = (alert, at) -> { };

    /** Told of every alert delivered, for metrics, tests and the benchmark. */
    @FunctionalInterface
    public interface Listener {
        void sent(Alert alert, Instant at);
    }

    public AlertSender(AlertQueue queue, WatchStore watches, ArticleStore articles, ChatStore chats, ChatAlertRules rules,
                       Function<String, Optional<Messenger>> messengers, Clock clock, String instanceId) {
        this.queue = queue;
        this.watches = watches;
        this.articles = articles;
        this.chats = chats;
        this.rules = rules;
        this.messengers = messengers;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** One pass over the queue. @return the alerts sent */
    public synchronized int send() {
        Instant now = clock.instant();
        int abandoned = queue.abandonClaimsBefore(now.minus(rules.settings().abandonAfter()),
                "interrupted: the bot stopped while sending it; not resent, as it may have arrived");
        if (abandoned > 0) log.warn("{} alert(s) were claimed by an instance that stopped while sending; marked failed", abandoned);
        Map<ChatRef, Integer> recent = new HashMap<>();
        int sent = 0;
        for (Alert a : queue.queued(BATCH)) {
            Optional<Messenger> messenger = messengers.apply(a.chat().platform());
            if (messenger.isEmpty() || rules.settings().isQuiet(now.atZone(rules.zone(a.chat())).toLocalTime())) continue;
            int count = recent.computeIfAbsent(a.chat(), c -> queue.sentSince(c, now.minus(Duration.ofHours(1))));
            if (count >= rules.cap(a.chat())) continue;
            if (!queue.claim(a.id(), instanceId, now)) continue;
            if (deliver(a, messenger.get(), now)) {
                recent.put(a.chat(), count + 1);
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Alert a, Messenger messenger, Instant now) {
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
        Reply reply = AlertReply.of(a, article.get(), watch.get().subject());
        try {
            messenger.send(a.chat(), null, reply);
        } catch (DeliveryException e) {
            if (e.chatGone()) {
                chats.deactivate(a.chat());
                queue.failed(a.id(), "the bot was removed or blocked there");
                return false;
            }
            retryOrFail(a, e);
            return false;
        } catch (RuntimeException e) {
            retryOrFail(a, e);
            return false;
        }
        queue.sent(a.id(), now);
        log.info("Sent alert {} of watch {} to {}", a.id(), a.watchId(), a.chat().key());
        listener.sent(a, now);
        return true;
    }

    private void retryOrFail(Alert a, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (queue.attempts(a.id()) >= rules.settings().maxAttempts()) {
            log.warn("Giving up on alert {} to {}", a.id(), a.chat().key(), e);
            queue.failed(a.id(), error);
        } else {
            log.info("Sending alert {} to {} failed ({}); trying again on the next pass", a.id(), a.chat().key(), error);
            queue.release(a.id(), error);
        }
    }
}
