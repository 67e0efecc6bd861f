package io.newsbot.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.AdapterResources;
import io.newsbot.platform.PlatformStatus;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class PlatformConnectionTest {
    final MutableClock clock = new MutableClock(TestCore.NOW);
    final ManualScheduler timer = ManualScheduler.onCallingThread(clock);
    final AdapterResources threads = new AdapterResources(clock, Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), timer);
    /** What each try does: throws what is queued, or connects when nothing is. */
    final Deque<Exception> failures = new ArrayDeque<>();
    final PlatformConnection connection = new PlatformConnection("Telegram", threads, () -> {
        Exception next = failures.poll();
        if (next != null) throw next;
    });

    @Test
    void a_refused_token_says_what_to_check_that_the_bot_runs_on_and_when_it_tries_again() {
        assertThat(connection.tokenRefused("Telegram refused the bot token (401 Unauthorized): check NEWSBOT_TELEGRAM_TOKEN").getMessage())
                .isEqualTo("Telegram refused the bot token (401 Unauthorized): check NEWSBOT_TELEGRAM_TOKEN. newsbot keeps serving its other"
                        + " platforms and tries Telegram again every 30 s.");
    }

    @Test
    void keeps_trying_in_the_background_until_the_platform_answers() {
        failures.add(new IOException("connection refused"));
        failures.add(connection.tokenRefused("check NEWSBOT_TELEGRAM_TOKEN"));

        connection.start();
        PlatformStatus.State first = connection.current().state();
        nextTry();
        PlatformStatus afterRefusal = connection.current();
        nextTry();

        assertThat(first).isEqualTo(PlatformStatus.State.UNREACHABLE);
        assertThat(afterRefusal.state()).isEqualTo(PlatformStatus.State.REJECTED);
        assertThat(afterRefusal.detail()).startsWith("check NEWSBOT_TELEGRAM_TOKEN.");
        assertThat(timer.delaysAsked()).hasSize(2);
        assertThat(timer.delaysAsked().get(0)).as("backoff with jitter").isBetween(Duration.ofSeconds(1), Duration.ofMillis(1250));
        assertThat(timer.delaysAsked().get(1)).as("a refused token waits the longest").isEqualTo(Duration.ofSeconds(30));
        assertThat(connection.current().state()).isEqualTo(PlatformStatus.State.CONNECTED);
    }

    @Test
    void stops_trying_once_closed() {
        failures.add(new IOException("connection refused"));
        connection.start();

        connection.close();
        connection.stopped();
        failures.add(new IllegalStateException("tried after close"));
        nextTry();

        assertThat(connection.current().state()).isEqualTo(PlatformStatus.State.STOPPED);
        assertThat(failures).as("no try after close").hasSize(1);
    }

    /** Moves the clock to the next try the connection asked for, and lets it run. */
    void nextTry() {
        clock.set(timer.nextDue().orElseThrow());
        timer.runDue();
    }
}
