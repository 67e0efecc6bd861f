package io.newsbot.slack;

import com.sun.net.httpserver.HttpServer;
import io.newsbot.app.NewsbotCore;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.testing.ClassCore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the Slack ITs set up alike, once per test class: a core of its own ({@link ClassCore}), the real Slack client
 * pointed at the fake Web API, and the adapter connected over Socket Mode (to a fake Socket Mode server) or serving
 * signed HTTP events (behind a JDK HTTP server, as the launcher mounts it). Each test starts with no posts recorded.
 *
 * <pre>{@code @RegisterExtension static final SlackAdapterFixture slack = SlackAdapterFixture.socketMode();}</pre>
 */
final class SlackAdapterFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    static final String BOT_TOKEN = "xoxb-test";
    static final String EVENTS_PATH = "/slack/events";
    private final SlackSettings.Mode mode;
    private final String signingSecret;
    private ClassCore core = ClassCore.open();
    private Supplier<ExecutorService> answering = () -> Executors.newFixedThreadPool(2);
    private FakeSlackApi api;
    private FakeSocketModeServer socket;
    private HttpServer server;
    private SlackAdapter adapter;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SlackAdapterFixture(SlackSettings.Mode mode, String signingSecret) {
        this.mode = mode;
        this.signingSecret = signingSecret;
    }

    static SlackAdapterFixture socketMode() {
        return new SlackAdapterFixture(SlackSettings.Mode.SOCKET, "");
    }

    static SlackAdapterFixture http(String signingSecret) {
        return new SlackAdapterFixture(SlackSettings.Mode.HTTP, signingSecret);
    }

    /** On another core than {@link ClassCore#open()} (another clock). */
    SlackAdapterFixture on(ClassCore core) {
        this.core = core;
        return this;
    }

    /** Answers on these threads (a test that holds answers back) instead of a pool of two. */
    SlackAdapterFixture answeringOn(Supplier<ExecutorService> answering) {
        this.answering = answering;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        core.beforeAll(context);
        api = new FakeSlackApi();
        if (mode == SlackSettings.Mode.SOCKET) {
            socket = new FakeSocketModeServer();
            socket.startAndWait();
            api.socketModeUrl(socket::url);
        }
        adapter = new SlackAdapter(new SlackSettings(mode, api.apiUrl(), EVENTS_PATH, BOT_TOKEN, mode == SlackSettings.Mode.SOCKET ? "xapp-test" : "",
                signingSecret), core.get(), TestThreads.with(answering.get()));
        if (mode == SlackSettings.Mode.HTTP) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext(EVENTS_PATH, adapter.eventsHandler());
            server.start();
        }
        adapter.start();
        if (socket != null) socket.awaitConnection();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        api.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (adapter != null) adapter.close();
        if (socket != null) socket.stop(1000);
        if (server != null) server.stop(0);
        if (api != null) api.close();
        core.afterAll(context);
    }

    NewsbotCore core() {
        return core.get();
    }

    FakeSlackApi api() {
        return api;
    }

    FakeSocketModeServer socket() {
        return socket;
    }

    SlackAdapter adapter() {
        return adapter;
    }

    /** Where Slack's HTTP requests go, in HTTP mode. */
    URI eventsUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + EVENTS_PATH);
    }

    /** Posts to the events endpoint as Slack does, signed with {@code secret} at {@code timestamp} (epoch seconds). */
    HttpResponse<String> postSigned(HttpRequest.Builder request, String body, long timestamp, String secret) throws Exception {
        return http.send(request.uri(eventsUri())
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Slack's request signature: v0= and the hex HMAC-SHA256 of "v0:timestamp:body" under the signing secret. */
    static String sign(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }
}
