package io.newsbot.telegram;

import io.newsbot.platform.Backoff;
import io.newsbot.platform.ConnectionStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long-polls {@code getUpdates}, one call at a time on its own thread, and hands each batch to the update handler.
 * Keeps going through anything: a 429 waits the {@code retry_after} Telegram names; an outage, a server error or a
 * 409 (another program polls this bot) waits with capped backoff, reported to the {@link ConnectionStatus}, which
 * logs once per change rather than once per try; a refused token waits the longest. The waits run on the timer,
 * never on the polling thread.
 */
final class LongPoller {
    private static final Duration PATIENCE = Duration.ofMillis(500);
    private final BotApi api;
    private final OffsetTracker offsets;
    private final Consumer<List<Update>> handler;
    private final ConnectionStatus status;
    private final Backoff backoff;
    private final Executor pollThread;
    private final ScheduledExecutorService timer;
    private final int timeoutSeconds;
    private int failures;
    private volatile boolean running;

    LongPoller(BotApi api, OffsetTracker offsets, Consumer<List<Update>> handler, ConnectionStatus status, Backoff backoff, Executor pollThread,
               ScheduledExecutorService timer, Duration pollTimeout) {
        this.api = api;
        this.offsets = offsets;
        this.handler = handler;
        this.status = status;
        this.backoff = backoff;
        this.pollThread = pollThread;
        this.timer = timer;
        this.timeoutSeconds = (int) pollTimeout.toSeconds();
    }

    void start() {
        running = true;
        next(Duration.ZERO);
    }

    /** Stops polling: the call under way ends at once. */
    void stop() {
        running = false;
        api.cancelAll();
    }

    private void next(Duration after) {
        if (!running) return;
        try {
            if (after.isZero()) pollThread.execute(this::pollOnce);
            else timer.schedule(() -> next(Duration.ZERO), after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            running = false;
        }
    }

    private void pollOnce() {
        if (!running) return;
        Duration wait = Duration.ZERO;
        try {
            Integer offset = offsets.nextOffset(PATIENCE);
            List<Update> updates = api.call(GetUpdates.builder().offset(offset).limit(100).timeout(timeoutSeconds)
                    .allowedUpdates(TelegramAdapter.ALLOWED_UPDATES).build());
            failures = 0;
            status.connected();
            if (running) handler.accept(updates);
        } catch (BotApiException e) {
            if (!running) return;
            wait = failed(e);
        }
        next(wait);
    }

    private Duration failed(BotApiException e) {
        if (e.retryAfter().isPresent()) return e.retryAfter().get();
        failures++;
        // A connection the server closed (idle keep-alive, a proxy's restart) is one lost call, not an outage: ask again at once.
        if (failures == 1 && e.noAnswer()) return Duration.ZERO;
        if (e.tokenRefused()) {
            status.rejected("Telegram refused the bot token while polling (" + e.errorCode() + "); check NEWSBOT_TELEGRAM_TOKEN");
            return backoff.max();
        }
        if (e.conflict()) {
            status.unreachable("409 Conflict: another program polls this bot's updates, or a webhook is set for it");
        } else {
            status.unreachable(e.getMessage());
        }
        return backoff.delay(e.noAnswer() ? failures - 1 : failures);
    }
}
