package io.newsbot.digest;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.store.ChatStore;
import io.newsbot.store.DigestLedger;
import io.newsbot.store.Subscription;
import io.newsbot.store.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * subscription: a digest due today and not yet in the {@link DigestLedger} is composed, claimed and sent;
 * one due yesterday that nobody sent (the bot was down at the time) is recorded as skipped, with a log line.
 * The claim comes before the send, so neither a restart, nor a crash right after sending, nor a second
 * instance on the same store sends a day's digest twice; the price is that a crash between claim and send
 * loses that day's digest, which then shows as failed to admins. A failed send is retried with backoff on
 * the executor, then recorded as failed.
 */
public final class DigestScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final SubscriptionStore subscriptions;
    private final DigestLedger ledger;
    private final ChatStore chats;
    private final DigestComposer composer;
    private final Function<String, Optional<Messenger>> messengers;
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
     * @param retryDelays  the waits before each retry of a failed send; its size is the number of retries
     * @param lookback     where a digest's article window starts
     * @param abandonAfter a claim older than this and still unresolved belongs to an instance that stopped
     *                     while sending: it is marked failed
     */
    public record Options(String instanceId, EmptyDay emptyDay, Duration poll, List<Duration> retryDelays, Lookback lookback,
                          Duration abandonAfter) {
        public Options {
            if (instanceId == null || instanceId.isBlank()) throw new IllegalArgumentException("instanceId must not be blank");
            Objects.requireNonNull(emptyDay, "emptyDay");
            if (poll == null || poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive");
            retryDelays = List.copyOf(Objects.requireNonNull(retryDelays, "retryDelays"));
            Objects.requireNonNull(lookback, "lookback");
            Objects.requireNonNull(abandonAfter, "abandonAfter");
        }

        public static Options defaults(String instanceId, EmptyDay emptyDay) {
            return new Options(instanceId, emptyDay, Duration.ofSeconds(30),
                    List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10)), Lookback.DEFAULT, Duration.ofHours(2));
        }
    }

    /** Told when a day's digest of a chat is settled: sent, failed for good, or skipped. For metrics and tests. */
    @FunctionalInterface
    public interface Listener {
        void settled(ChatRef chat, LocalDate date, DigestLedger.Status status);
    }

    public DigestScheduler(SubscriptionStore subscriptions, DigestLedger ledger, ChatStore chats, DigestComposer composer,
                           Function<String, Optional<Messenger>> messengers, ScheduledExecutorService executor, Clock clock, Options options) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.messengers = Objects.requireNonNull(messengers, "messengers");
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

    /** One check of every subscription: sends what is due, records what was missed. */
    public void poll() {
        Instant now = clock.instant();
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

    private void check(Subscription s, Instant now) {
        ChatRef chat = s.chat();
        DailyTime daily = DailyTime.of(s);
        LocalDate today = daily.dateAt(now);
        LocalDate yesterday = today.minusDays(1);
        boolean missed = owed(s, daily, yesterday, now);
        if (!missed && !owed(s, daily, today, now)) return;
        if (messengers.apply(chat.platform()).isEmpty()) {
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
        if (owed(s, daily, today, now)) deliver(s, today, now);
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

    private void deliver(Subscription s, LocalDate date, Instant now) {
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
        if (!ledger.claim(chat, date, options.instanceId(), now)) {
            remember(chat, date);
            return;
        }
        attempt(chat, date, digest, 1);
    }

    private void attempt(ChatRef chat, LocalDate date, Digest digest, int attempt) {
        try {
            Messenger messenger = messengers.apply(chat.platform())
                    .orElseThrow(() -> new DeliveryException(chat.platform() + " is not running", false, null));
            messenger.send(chat, null, digest.reply());
        } catch (DeliveryException e) {
            if (e.chatGone()) {
                chats.deactivate(chat);
                fail(chat, date, attempt, "the bot was removed or blocked there");
                return;
            }
            retryOrFail(chat, date, digest, attempt, e);
            return;
        } catch (RuntimeException e) {
            retryOrFail(chat, date, digest, attempt, e);
            return;
        }
        ledger.sent(chat, date, attempt, digest.until(), digest.articles());
        log.info("Sent the digest of {} for {} ({} articles, attempt {})", chat.key(), date, digest.articles(), attempt);
        settle(chat, date, DigestLedger.Status.SENT);
    }

    private void retryOrFail(ChatRef chat, LocalDate date, Digest digest, int attempt, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (attempt > options.retryDelays().size()) {
            log.warn("Giving up on the digest of {} for {} after {} attempts", chat.key(), date, attempt, e);
            fail(chat, date, attempt, error);
            return;
        }
        Duration wait = options.retryDelays().get(attempt - 1);
        log.info("Sending the digest of {} failed ({}); retrying in {}", chat.key(), error, wait);
        ledger.attempted(chat, date, attempt, error);
        executor.schedule(() -> {
            try {
                attempt(chat, date, digest, attempt + 1);
            } catch (RuntimeException failure) {
                log.error("Retrying the digest of {} failed", chat.key(), failure);
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fail(ChatRef chat, LocalDate date, int attempts, String error) {
        ledger.failed(chat, date, attempts, error);
        log.warn("The digest of {} for {} was not delivered: {}", chat.key(), date, error);
        settle(chat, date, DigestLedger.Status.FAILED);
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

    /** Stops polling. Retries already scheduled stay with the executor, whose owner shuts it down. */
    @Override
    public void close() {
        ScheduledFuture<?> p = polling;
        if (p != null) p.cancel(false);
    }
}
