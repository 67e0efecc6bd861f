package io.newsbot.slack.fake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on 127.0.0.1: greets each connection with {@code hello}, delivers envelopes to
 * the newest connection, and records the acknowledgements the client sends back. An envelope not acknowledged is
 * delivered again, with its {@code retry_attempt} counted up, to the next connection that opens, as Slack does. Can ask
 * the client to reconnect ({@code disconnect}) or drop the connection outright.
 */
public final class FakeSocketModeServer extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<JsonObject>> acks = new ConcurrentHashMap<>();
    private volatile WebSocket current;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, JsonObject> unacknowledged = new java.util.concurrent.ConcurrentSkipListMap<>();

    public FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    public void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) throw new AssertionError("the fake Socket Mode server did not start");
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    /** Waits for the client to open a connection, and makes it the one envelopes go to. */
    public void awaitConnection() throws InterruptedException {
        WebSocket ws = opened.poll(30, TimeUnit.SECONDS);
        if (ws == null) throw new AssertionError("the client did not connect within 30 s");
        current = ws;
    }

    public void deliver(JsonObject envelope) {
        unacknowledged.put(envelope.get("envelope_id").getAsString(), envelope);
        WebSocket ws = current;
        if (ws != null && ws.isOpen()) ws.send(envelope.toString());
    }

    /** Envelopes delivered and not yet acknowledged. */
    public int unacknowledged() {
        return unacknowledged.size();
    }

    /** The acknowledgement of an envelope, waiting for it. */
    public JsonObject awaitAck(String envelopeId) throws InterruptedException {
        JsonObject ack = queue(envelopeId).poll(30, TimeUnit.SECONDS);
        if (ack == null) throw new AssertionError("envelope " + envelopeId + " was not acknowledged within 30 s");
        return ack;
    }

    /** Slack's notice that this connection will close soon and the client should open a new one. */
    public void askToReconnect() {
        current.send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /** Closes the connection with no notice, as a network failure would. */
    public void dropConnection() {
        current.closeConnection(1006, "dropped");
    }

    private BlockingQueue<JsonObject> queue(String envelopeId) {
        return acks.computeIfAbsent(envelopeId, id -> new LinkedBlockingQueue<>());
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A1\"}}");
        current = conn;
        for (JsonObject envelope : unacknowledged.values()) {
            envelope.addProperty("retry_attempt", envelope.get("retry_attempt").getAsInt() + 1);
            envelope.addProperty("retry_reason", "timeout");
            conn.send(envelope.toString());
        }
        opened.add(conn);
        connections.incrementAndGet();
    }

    /** How many connections have opened so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        if (json.has("envelope_id")) {
            unacknowledged.remove(json.get("envelope_id").getAsString());
            queue(json.get("envelope_id").getAsString()).add(json);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) throw new IllegalStateException("the fake Socket Mode server failed", ex);
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
