package io.newsbot.slack;

import static io.newsbot.slack.fake.SlackPayloads.directMessage;
import static io.newsbot.slack.fake.SlackPayloads.eventsEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.AdapterResources;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.testing.HeldAnswer;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.TestCommand;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on slow answers in Slack: an hourglass reaction on the question while its answer takes over a second,
 * against the fake Web API and Socket Mode server, with the adapter's clock and timer driven by the test.
 */
class SlackProgressIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dataDir;
    private NewsbotCore core;
    private FakeSlackApi api;
    private FakeSocketModeServer socket;
    private SlackAdapter adapter;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final ExecutorService timerThreads = Executors.newCachedThreadPool();
    private final ManualScheduler timer = ManualScheduler.on(clock, timerThreads);
    private final HeldAnswer held = new HeldAnswer(WAIT);

    @BeforeEach
    void connect() throws Exception {
        core = TestCore.open(dataDir);
        core.router().register(new TestCommand("slowtest", context -> held.answer()));
        api = new FakeSlackApi();
        socket = new FakeSocketModeServer();
        socket.startAndWait();
        api.socketModeUrl(socket::url);
        adapter = new SlackAdapter(new SlackSettings(SlackSettings.Mode.SOCKET, api.apiUrl(), "/slack/events", "xoxb-test", "xapp-test", ""),
                core, new AdapterResources(clock, Executors.newFixedThreadPool(2), Executors.newFixedThreadPool(2), timer));
        adapter.start();
        socket.awaitConnection();
    }

    @AfterEach
    void disconnect() throws Exception {
        held.release();
        adapter.close();
        socket.stop(1000);
        api.close();
        core.close();
        timerThreads.shutdownNow();
    }

    @Test
    void puts_an_hourglass_on_a_question_whose_answer_takes_over_a_second_and_takes_it_away_once_answered() throws Exception {
        socket.deliver(eventsEnvelope("env-p1", "Ev-p1", directMessage("D700", "U700", "/slowtest", "1800000700.000100", null), 0));
        assertThat(held.awaitEntered(WAIT)).isTrue();

        pass(Duration.ofSeconds(1));
        FakeSlackApi.Reaction added = api.awaitReaction();
        pass(Duration.ofSeconds(4));
        held.release();

        assertThat(api.awaitPost().text()).contains("Done at last.");
        FakeSlackApi.Reaction removed = api.awaitReaction();
        assertThat(added).isEqualTo(new FakeSlackApi.Reaction("reactions.add", "D700", "1800000700.000100", "hourglass_flowing_sand"));
        assertThat(removed).isEqualTo(new FakeSlackApi.Reaction("reactions.remove", "D700", "1800000700.000100", "hourglass_flowing_sand"));
        assertThat(api.hasReaction("D700", "1800000700.000100", "hourglass_flowing_sand")).isFalse();
    }

    @Test
    void answers_as_usual_without_an_hourglass_when_the_app_lacks_the_reactions_scope() throws Exception {
        FakeSlackApi.Hold refused = api.holdNext("reactions.add");
        api.cannedOnce("reactions.add", new FakeSlackApi.Canned(200, Map.of(),
                "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"reactions:write\",\"provided\":\"chat:write\"}"));
        socket.deliver(eventsEnvelope("env-p2", "Ev-p2", directMessage("D701", "U701", "/slowtest", "1800000701.000100", null), 0));
        assertThat(held.awaitEntered(WAIT)).isTrue();

        pass(Duration.ofSeconds(1));
        assertThat(refused.awaitEntered(WAIT)).isTrue();
        refused.release();
        held.release();

        assertThat(api.awaitPost().text()).contains("Done at last.");
        assertThat(api.hasReaction("D701", "1800000701.000100", "hourglass_flowing_sand")).isFalse();
    }

    /** Moves the adapter's clock on and runs what fell due on its timer. */
    private void pass(Duration d) {
        clock.advance(d);
        timer.runDue();
    }
}
