package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.newsbot.app.NewsbotCore;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.slack.fake.SlackPayloads;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The vote buttons over Socket Mode: presses arrive as {@code interactive} envelopes and are acknowledged on the socket. */
class SlackButtonsSocketModeIT extends SlackButtonsCases {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static FakeSlackApi api;
    static FakeSocketModeServer socket;
    static SlackAdapter adapter;

    @BeforeAll
    static void connect() throws Exception {
        core = TestCore.open(dataDir);
        api = new FakeSlackApi();
        socket = new FakeSocketModeServer();
        socket.startAndWait();
        api.socketModeUrl(socket::url);
        adapter = new SlackAdapter(new SlackSettings(SlackSettings.Mode.SOCKET, api.apiUrl(), "/slack/events", "xoxb-test", "xapp-test", ""),
                core, TestThreads.with(Executors.newFixedThreadPool(2)));
        adapter.start();
        socket.awaitConnection();
    }

    @AfterAll
    static void disconnect() throws Exception {
        adapter.close();
        socket.stop(1000);
        api.close();
        core.close();
    }

    @BeforeEach
    void forget() {
        api.clear();
    }

    @Override
    NewsbotCore core() {
        return core;
    }

    @Override
    FakeSlackApi api() {
        return api;
    }

    @Override
    void mention(String id, String channel, String user, String text, String ts) {
        socket.deliver(SlackPayloads.eventsEnvelope("env-" + id, "Ev-" + id, SlackPayloads.mention(channel, user, text, ts, null), 0));
    }

    @Override
    void press(String id, JsonObject blockActions) throws Exception {
        socket.deliver(SlackPayloads.interactiveEnvelope("env-" + id, blockActions));
        assertThat(socket.awaitAck("env-" + id).get("envelope_id").getAsString()).isEqualTo("env-" + id);
    }
}
