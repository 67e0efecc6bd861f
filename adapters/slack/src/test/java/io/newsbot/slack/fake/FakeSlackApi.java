package io.newsbot.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Slack's Web API on 127.0.0.1, as far as the adapter uses it, written to Slack's documentation: {@code auth.test},
 * {@code apps.connections.open} (handing out the fake Socket Mode server's URL), {@code chat.postMessage},
 * {@code chat.postEphemeral}, {@code reactions.add} and {@code reactions.remove} (with their {@code already_reacted}
 * and {@code no_reaction} errors), which it records; errors are HTTP 200 with {@code {"ok":false,"error":...}}, rate limits
 * HTTP 429 with a {@code Retry-After} header. Also serves {@code response_url}s under {@code /respond/}, each good
 * for five answers (then {@code used_url}, HTTP 404). Canned answers can be queued per method and for response URLs.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String BOT_USER = "UBOT";
    public static final String BOT_ID = "BBOT";

    /** A {@code chat.postMessage} (or {@code chat.postEphemeral}, with its {@code user}) call that succeeded. */
    /**
     * @param at       when the fake accepted it (the bot may learn of it later, or never if it died meanwhile)
     * @param received when the request that posted it reached the fake
     */
    public record Post(String channel, String threadTs, String text, String blocksJson, String token, String user, java.time.Instant at, String ts,
                       java.time.Instant received) {
        public Post(String channel, String threadTs, String text, String blocksJson, String token, String ts, java.time.Instant received) {
            this(channel, threadTs, text, blocksJson, token, null, java.time.Instant.now(), ts, received);
        }

        /** The text of all the blocks that show text, as Slack would show it (still escaped). */
        public String blocksText() {
            return textOf(JsonParser.parseString(blocksJson).getAsJsonArray());
        }

        /** The labels of the buttons in the message's actions blocks, block by block. */
        public List<List<String>> buttons() {
            return buttonsOf(JsonParser.parseString(blocksJson).getAsJsonArray());
        }
    }

    static String textOf(com.google.gson.JsonArray blocks) {
        StringBuilder out = new StringBuilder();
        for (JsonElement b : blocks) {
            if (b.getAsJsonObject().has("text")) out.append(b.getAsJsonObject().getAsJsonObject("text").get("text").getAsString()).append('\n');
        }
        return out.toString();
    }

    static List<List<String>> buttonsOf(com.google.gson.JsonArray blocks) {
        List<List<String>> out = new ArrayList<>();
        if (blocks == null) return out;
        for (JsonElement b : blocks) {
            if (!"actions".equals(b.getAsJsonObject().get("type").getAsString())) continue;
            List<String> labels = new ArrayList<>();
            for (JsonElement e : b.getAsJsonObject().getAsJsonArray("elements")) {
                labels.add(e.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
            }
            out.add(labels);
        }
        return out;
    }

    /** A {@code reactions.add} or {@code reactions.remove} call that succeeded. */
    public record Reaction(String method, String channel, String timestamp, String name) {
    }

    /** A JSON body POSTed to a response_url. */
    public record Response(String path, JsonObject body) {
        public String blocksText() {
            return textOf(body.getAsJsonArray("blocks"));
        }

        public List<List<String>> buttons() {
            return buttonsOf(body.getAsJsonArray("blocks"));
        }
    }

    /** An answer to send instead of the normal one. */
    public record Canned(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final BlockingQueue<Response> responses = new LinkedBlockingQueue<>();
    private final BlockingQueue<Reaction> reactions = new LinkedBlockingQueue<>();
    private final java.util.Set<String> reacted = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Post> ephemerals = new LinkedBlockingQueue<>();
    private final List<Post> history = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Queue<Hold>> holds = new ConcurrentHashMap<>();
    private volatile boolean outage;
    private final Queue<Canned> cannedResponses = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> responseUses = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Queue<Canned>> canned = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile Supplier<String> socketUrl = () -> "ws://127.0.0.1:1/";

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-slack-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
    }

    public void socketModeUrl(Supplier<String> url) {
        this.socketUrl = url;
    }

    /** The next call of the method gets this answer instead of the normal one. */
    public void cannedOnce(String method, Canned answer) {
        canned.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(answer);
    }

    public Post awaitPost() throws InterruptedException {
        Post p = posts.poll(30, TimeUnit.SECONDS);
        if (p == null) throw new AssertionError("no chat.postMessage within 30 s");
        return p;
    }

    /** A call held before it is served, until the test releases or drops it. */
    public static final class Hold {
        private final java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        private volatile boolean dropped;

        public boolean awaitEntered(java.time.Duration timeout) throws InterruptedException {
            return entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }

        /** Lets the call go unserved: its connection is closed with no answer, as when the client died mid-call. */
        public void drop() {
            dropped = true;
            released.countDown();
        }
    }

    /** The next call of the Web API method waits until the test releases (or drops) it. */
    public Hold holdNext(String method) {
        Hold hold = new Hold();
        holds.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(hold);
        return hold;
    }

    /** While on, the Web API is unreachable: every call's connection is closed without an answer. */
    public void outage(boolean on) {
        outage = on;
    }

    /** Every message posted to the channel so far (chat.postMessage), kept however the test reads posts. */
    public List<Post> postsTo(String channel) {
        return history.stream().filter(p -> channel.equals(p.channel())).toList();
    }

    /** The next call of any response URL gets this answer instead of the normal one. */
    public void cannedResponseOnce(Canned answer) {
        cannedResponses.add(answer);
    }

    public Post awaitEphemeral() throws InterruptedException {
        Post p = ephemerals.poll(30, TimeUnit.SECONDS);
        if (p == null) throw new AssertionError("no chat.postEphemeral within 30 s");
        return p;
    }

    public List<Post> ephemeralsSoFar() {
        return List.copyOf(ephemerals);
    }

    public Response awaitResponse() throws InterruptedException {
        Response r = responses.poll(30, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("nothing posted to a response_url within 30 s");
        return r;
    }

    public List<Post> postsSoFar() {
        return List.copyOf(posts);
    }

    public List<Response> responsesSoFar() {
        return List.copyOf(responses);
    }

    /** Waits for the next reaction added or removed. */
    public Reaction awaitReaction() throws InterruptedException {
        Reaction r = reactions.poll(20, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("no reaction was added or removed");
        return r;
    }

    /** Whether the message carries the bot's reaction now. */
    public boolean hasReaction(String channel, String timestamp, String name) {
        return reacted.contains(channel + "/" + timestamp + "/" + name);
    }

    /** How often a Web API method was called. */
    public long calls(String method) {
        synchronized (calls) {
            return calls.stream().filter(method::equals).count();
        }
    }

    public void clear() {
        posts.clear();
        responses.clear();
        ephemerals.clear();
    }

    private void api(HttpExchange exchange) throws IOException {
        java.time.Instant arrived = java.time.Instant.now();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        calls.add(method);
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (outage || !awaitHold(method)) {
            exchange.close(); // no answer at all
            return;
        }
        Canned c = canned.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
        if (c != null) {
            c.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            send(exchange, c.status(), c.body());
            return;
        }
        String token = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replaceFirst("^Bearer ", "");
        switch (method) {
            case "auth.test" -> send(exchange, 200, "{\"ok\":true,\"url\":\"https://newsbot-test.slack.com/\",\"team\":\"Test\",\"user\":\"newsbot\","
                    + "\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}");
            case "apps.connections.open" -> send(exchange, 200, "{\"ok\":true,\"url\":\"" + socketUrl.get() + "\"}");
            case "chat.postMessage" -> {
                String stamp = "1800000000." + String.format("%06d", ts.incrementAndGet());
                String problem = blocksProblem(form.getOrDefault("blocks", "[]"));
                if (problem != null) {
                    send(exchange, 200, "{\"ok\":false,\"error\":\"invalid_blocks\",\"errors\":[\"" + problem + "\"]}");
                    return;
                }
                Post post = new Post(form.get("channel"), form.get("thread_ts"), form.get("text"), form.getOrDefault("blocks", "[]"), token, stamp, arrived);
                history.add(post);
                posts.add(post);
                send(exchange, 200, "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + stamp + "\"}");
            }
            case "chat.postEphemeral" -> {
                ephemerals.add(new Post(form.get("channel"), form.get("thread_ts"), form.get("text"), form.getOrDefault("blocks", "[]"), token,
                        form.get("user"), java.time.Instant.now(), null, arrived));
                send(exchange, 200, "{\"ok\":true,\"message_ts\":\"1800000000." + String.format("%06d", ts.incrementAndGet()) + "\"}");
            }
            case "reactions.add", "reactions.remove" -> {
                String key = form.get("channel") + "/" + form.get("timestamp") + "/" + form.get("name");
                boolean changed = method.equals("reactions.add") ? reacted.add(key) : reacted.remove(key);
                if (!changed) {
                    send(exchange, 200, "{\"ok\":false,\"error\":\"" + (method.equals("reactions.add") ? "already_reacted" : "no_reaction") + "\"}");
                } else {
                    reactions.add(new Reaction(method, form.get("channel"), form.get("timestamp"), form.get("name")));
                    send(exchange, 200, "{\"ok\":true}");
                }
            }
            default -> send(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Canned c = cannedResponses.poll();
        if (c != null) {
            c.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            send(exchange, c.status(), c.body());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        // "You can use a response_url to respond up to five times within thirty minutes."
        if (responseUses.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet() > 5) {
            send(exchange, 404, "used_url");
            return;
        }
        responses.add(new Response(path, JsonParser.parseString(body).getAsJsonObject()));
        send(exchange, 200, "ok");
    }

    /**
     * What Slack checks of the blocks the bot sends, as far as the bot uses them: at most 50; an actions block has 1-25
     * elements; a button has a plain_text text of at most 75 characters, a unique action_id of at most 255 and a value
     * of at most 2000 characters.
     */
    static String blocksProblem(String blocksJson) {
        com.google.gson.JsonArray blocks = JsonParser.parseString(blocksJson).getAsJsonArray();
        if (blocks.size() > 50) return "no more than 50 items allowed [json-pointer:/blocks]";
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            if (!"actions".equals(block.get("type").getAsString())) continue;
            com.google.gson.JsonArray elements = block.getAsJsonArray("elements");
            if (elements == null || elements.isEmpty() || elements.size() > 25) return "actions must have 1-25 elements";
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (JsonElement e : elements) {
                JsonObject button = e.getAsJsonObject();
                if (!"button".equals(button.get("type").getAsString())) continue;
                JsonObject text = button.getAsJsonObject("text");
                if (text == null || !"plain_text".equals(text.get("type").getAsString()) || text.get("text").getAsString().length() > 75) {
                    return "a button's text must be plain_text of at most 75 characters";
                }
                String id = button.has("action_id") ? button.get("action_id").getAsString() : "";
                if (id.length() > 255 || (!id.isEmpty() && !ids.add(id))) return "action_id must be unique and at most 255 characters";
                if (button.has("value") && button.get("value").getAsString().length() > 2000) return "value must be at most 2000 characters";
            }
        }
        return null;
    }

    private boolean awaitHold(String method) {
        Queue<Hold> q = holds.get(method);
        Hold hold = q == null ? null : q.poll();
        if (hold == null) return true;
        hold.entered.countDown();
        try {
            hold.released.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !hold.dropped;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) return out;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
