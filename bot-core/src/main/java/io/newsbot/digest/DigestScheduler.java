package io.newsbot.digest;

import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.store.ChatStore;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import io.newsbot.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each subscribed chat its digest once a day at its local time. Every poll it looks at each
 * subscription: a digest due today and not yet in the {@link DigestLedger} is composed, claimed and queued in the
 * {@link Outbox}, the claim and the queued message in one transaction; one due yesterday that nobody sent (the bot
 * was down at the time) is recorded as skipped, with a log line. The platform's {@link OutboxSender} delivers it,
 * retrying through outages until the end of that day in the chat's zone, and the next poll records in the ledger
 * whether it was sent or given up. So neither a restart, nor a crash at any moment, nor a second instance on the
 * same store sends a day's digest twice or loses it.
 */
public final class DigestScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);
    /** The outbox tag of a day's digest, "digest:2026-11-23". */
    static final String TAG = "digest:";

    private final SubscriptionStore subscriptions;
    private final DigestLedger ledger;
    private final ChatStore chats;
    private final DigestComposer composer;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Function<String, Optional<OutboxSender>> senders;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Options options;
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    private volatile Listener listener = (chat, date, status) -> { };
    private volatile ScheduledFuture<?> polling;

    /**
     * How the scheduler behaves.
     *
     * @param instanceId   names this instance in the ledger's claims
     * @param emptyDay     what a chat gets on a day with nothing new
     * @param poll         how often subscriptions are checked; a digest goes out at most this late
     * @param lookback     where a digest's article window starts
     * @param abandonAfter a claim older than this and still unresolved, with nothing in the outbox for it, was made by an
     *                     older version of newsbot that stopped while sending: it is marked failed
     */
    public record Options(String instanceId, EmptyDay emptyDay, Duration poll, Lookback lookback, Duration abandonAfter) {
        public Options {
            if (instanceId == null || instanceId.isBlank()) throw new IllegalArgumentException("instanceId must not be blank");
            Objects.requireNonNull(emptyDay, "emptyDay");
            if (poll == null || poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive");
            Objects.requireNonNull(lookback, "lookback");
            Objects.requireNonNull(abandonAfter, "abandonAfter");
        }

        public static Options defaults(String instanceId, EmptyDay emptyDay) {
            // A day's digest is sent or given up by the end of that local day: a claim a day and more old is settled.
            return new Options(instanceId, emptyDay, Duration.ofSeconds(30), Lookback.DEFAULT, Duration.ofHours(26));
        }
    }

    /** Told when a day's digest of a chat is settled: sent, failed for good, or skipped. For metrics and tests. */
    @FunctionalInterface
    public interface Listener {
        void settled(ChatRef chat, LocalDate date, DigestLedger.Status status);
    }

    /**
     * @param senders the sender of each platform running here; a digest for a platform that is not running waits
     */
    public DigestScheduler(SubscriptionStore subscriptions, DigestLedger ledger, ChatStore chats, DigestComposer composer, Outbox outbox,
                           Transactions transactions, Function<String, Optional<OutboxSender>> senders, ScheduledExecutorService executor,
                           Clock clock, Options options) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.senders = Objects.requireNonNull(senders, "senders");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Checks at once (sending what was missed earlier today), then every poll interval. */
    public void start() {
        polling = executor.scheduleWithFixedDelay(this::pollSafely, 0, options.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // Keep polling: a store hiccup must not stop every future digest.
            log.error("Checking the digest subscriptions failed; trying again in {}", options.poll(), e);
        }
    }

    /** One check: records what the outbox delivered or gave up, sends what is due, records what was missed. */
    public void poll() {
        Instant now = clock.instant();
        reconcile();
        int abandoned = ledger.abandonClaimsBefore(now.minus(options.abandonAfter()),
                "interrupted: the bot stopped while sending it; not resent, as it may have arrived");
        if (abandoned > 0) log.warn("{} digest(s) were claimed by an instance that stopped while sending; marked failed", abandoned);
        for (Subscription s : subscriptions.all()) {
            try {
                check(s, now);
            } catch (RuntimeException e) {
                log.error("Checking the digest of {} failed", s.chat().key(), e);
            }
        }
    }

    /** Claimed digests whose outbox message is settled get their outcome in the ledger. */
    private void reconcile() {
        for (DigestLedger.Delivery d : ledger.claimed()) {
            Optional<OutboxMessage> queued = outbox.findTagged(d.platform(), d.chatId(), TAG + d.date());
            if (queued.isEmpty() || queued.get().status() == OutboxMessage.Status.PENDING) continue;
            OutboxMessage m = queued.get();
            ChatRef chat = m.outgoing().chat();
            if (m.status() == OutboxMessage.Status.SENT) {
                ledger.sent(chat, d.date(), m.attempts() + 1, d.coveredUntil(), d.articles());
                log.info("Sent the digest of {} for {} ({} articles, attempt {})", chat.key(), d.date(), d.articles(), m.attempts() + 1);
                settle(chat, d.date(), DigestLedger.Status.SENT);
            } else {
                ledger.failed(chat, d.date(), m.attempts(), m.lastError());
                log.warn("The digest of {} for {} was not delivered: {}", chat.key(), d.date(), m.lastError());
                settle(chat, d.date(), DigestLedger.Status.FAILED);
            }
        }
    }

    private void check(Subscription s, Instant now) {
        ChatRef chat = s.chat();
        DailyTime daily = DailyTime.of(s);
        LocalDate today = daily.dateAt(now);
        LocalDate yesterday = today.minusDays(1);
        boolean missed = owed(s, daily, yesterday, now);
        if (!missed && !owed(s, daily, today, now)) return;
        if (senders.apply(chat.platform()).isEmpty()) {
            log.debug("The digest of {} waits: {} is not running here", chat.key(), chat.platform());
            return;
        }
        if (!chats.isActive(chat)) {
            log.debug("The digest of {} is not sent: the bot was removed from that chat", chat.key());
            return;
        }
        if (missed && ledger.skip(chat, yesterday, options.instanceId(), now, "missed: the bot was not running at " + daily.on(yesterday),
                null)) {
            log.info("Skipped the digest of {} for {}: it was due at {} while the bot was not running", chat.key(), yesterday,
                    daily.on(yesterday));
            settle(chat, yesterday, DigestLedger.Status.SKIPPED);
        }
        if (owed(s, daily, today, now)) deliver(s, daily, today, now);
    }

    /** Due by now, not before the subscription was made, and not yet in the ledger. */
    private boolean owed(Subscription s, DailyTime daily, LocalDate date, Instant now) {
        Instant due = daily.on(date);
        if (due.isAfter(now) || due.isBefore(s.createdAt()) || settled.contains(key(s.chat(), date))) return false;
        if (ledger.find(s.chat(), date).isPresent()) {
            remember(s.chat(), date);
            return false;
        }
        return true;
    }

    private void deliver(Subscription s, DailyTime daily, LocalDate date, Instant now) {
        ChatRef chat = s.chat();
        Instant from = options.lookback().from(ledger.lastCoveredUntil(chat), now);
        Digest digest = composer.compose(new DigestRequest(chat, date, DigestTitles.daily(date), s.topics(), from, now, true));
        if (digest.empty() && options.emptyDay() == EmptyDay.SKIP) {
            if (ledger.skip(chat, date, options.instanceId(), now, "nothing new", digest.until())) {
                log.info("No digest for {} on {}: nothing new", chat.key(), date);
                settle(chat, date, DigestLedger.Status.SKIPPED);
            }
            return;
        }
        // Worth sending until the day is over where the chat is.
        Instant endOfDay = date.plusDays(1).atStartOfDay(daily.zone()).toInstant();
        Outgoing message = new Outgoing(chat, null, "", digest.reply(), TAG + date, now, endOfDay.isAfter(now) ? endOfDay : now);
        boolean queued;
        try {
            queued = transactions.atomically(() -> {
                if (!ledger.claim(chat, date, options.instanceId(), now)) throw new ClaimedBefore();
                ledger.queued(chat, date, digest.until(), digest.articles());
                outbox.queue(message);
                return true;
            });
        } catch (ClaimedBefore e) {
            queued = false;
        }
        remember(chat, date);
        if (!queued) return;
        log.info("Queued the digest of {} for {} ({} articles); it is delivered by {} at the latest or given up", chat.key(), date,
                digest.articles(), endOfDay);
        senders.apply(chat.platform()).ifPresent(OutboxSender::wake);
    }

    private void settle(ChatRef chat, LocalDate date, DigestLedger.Status status) {
        remember(chat, date);
        listener.settled(chat, date, status);
    }

    private void remember(ChatRef chat, LocalDate date) {
        if (settled.size() > 100_000) settled.clear();
        settled.add(key(chat, date));
    }

    private static String key(ChatRef chat, LocalDate date) {
        return chat.key() + "@" + date;
    }

    /** Stops polling. */
    @Override
    public void close() {
        ScheduledFuture<?> p = polling;
        if (p != null) p.cancel(false);
    }

    /** Rolls the claim's transaction back: another instance claimed the day first (on PostgreSQL the failed insert aborted it). */
    private static final class ClaimedBefore extends RuntimeException {
        ClaimedBefore() {
            super("claimed before", null, false, false);
        }
    }
}
