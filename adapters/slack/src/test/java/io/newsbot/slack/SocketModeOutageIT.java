package io.newsbot.slack;

import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.slack.fake.SlackPayloads;

import static io.newsbot.slack.fake.SlackPayloads.eventsEnvelope;
import static io.newsbot.slack.fake.SlackPayloads.mention;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.AdapterResources;
import io.newsbot.platform.PlatformStatus;
import io.newsbot.testing.LogRecorder;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's Socket Mode server goes away and comes back: the adapter tries again with growing waits, says so once when
 * it goes and once when it is back (no error or stack trace per try), and answers on the new connection. The waits
 * pass when the test moves the adapter's clock.
 */
class SocketModeOutageIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path dataDir;

    @Test
    void rides_out_a_socket_mode_outage_saying_so_once_and_answers_when_slack_is_back() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        ExecutorService immediate = Executors.newCachedThreadPool();
        ManualScheduler timer = ManualScheduler.on(clock, immediate);
        NewsbotCore core = TestCore.open(dataDir);
        FakeSlackApi api = new FakeSlackApi();
        FakeSocketModeServer first = new FakeSocketModeServer();
        first.startAndWait();
        api.socketModeUrl(first::url);
        SlackAdapter adapter = new SlackAdapter(new SlackSettings(SlackSettings.Mode.SOCKET, api.apiUrl(), "/slack/events", "xoxb-test", "xapp-test", ""),
                core, new AdapterResources(clock, Executors.newFixedThreadPool(2), Executors.newFixedThreadPool(2), timer));
        FakeSocketModeServer second = new FakeSocketModeServer();
        try (LogRecorder log = new LogRecorder()) {
            adapter.start();
            first.awaitConnection();

            first.stop(1000); // Slack's Socket Mode is gone; apps.connections.open still hands out its address
            for (int i = 0; i < 6; i++) pass(timer, clock);
            assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.UNREACHABLE);

            second.startAndWait();
            api.socketModeUrl(second::url);
            pass(timer, clock);
            second.awaitConnection();
            while (adapter.status().state() != PlatformStatus.State.CONNECTED) pass(timer, clock);
            second.deliver(eventsEnvelope("env-o1", "Ev-o1", mention("C990", "U990", "<@UBOT> What did Lavrov say?", "1800000990.000100", null), 0));

            assertThat(api.awaitPost().threadTs()).isEqualTo("1800000990.000100");
            assertThat(log.lines("Slack cannot be reached")).hasSize(1);
            assertThat(log.lines("Slack is reachable again")).hasSize(1);
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
            assertThat(log.atLeast(Level.WARN)).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        } finally {
            adapter.close();
            second.stop(1000);
            api.close();
            core.close();
            immediate.shutdownNow();
        }
    }

    /** Lets the adapter's next wait pass: waits for it to be asked for, then moves the clock past it. */
    private static void pass(ManualScheduler timer, MutableClock clock) throws InterruptedException {
        Duration d = timer.awaitDelay(w -> !w.isNegative(), WAIT);
        clock.advance(d);
        timer.runDue();
    }
}
