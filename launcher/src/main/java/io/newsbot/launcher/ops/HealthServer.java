package io.newsbot.launcher.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.PlatformStatus;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's HTTP server: {@code /healthz}, {@code /metrics} (Prometheus text), and any webhook handlers the
 * adapters add. Built on the JDK's own server. {@code /healthz} answers 200 while the store answers, with
 * {@code "status":"ok"} when every platform is connected and {@code "degraded"} when one is not (the bot runs and keeps
 * trying it), each platform's state ({@code starting}, {@code connected}, {@code unreachable}, {@code rejected},
 * {@code stopped}) with since when and why, and how many replies wait in the outbox; 503 when the store does not answer.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicBoolean unavailable = new AtomicBoolean();
    private final HttpServer server;
    private final ExecutorService executor;

    public HealthServer(String bind, int port, NewsbotCore core, PrometheusMeterRegistry registry) throws IOException {
        this(bind, port, core, registry, Map::of);
    }

    /** @param platforms each running platform's connection state, read on every request */
    public HealthServer(String bind, int port, NewsbotCore core, PrometheusMeterRegistry registry,
                        Supplier<Map<String, PlatformStatus>> platforms) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsbot-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/healthz", exchange -> {
            String body;
            try {
                body = health(core.articles().count(), core.outbox().backlog(core.clock().instant()).pending(), platforms.get());
            } catch (RuntimeException e) {
                // Probes come every few seconds: the stack trace once when it starts failing, not on every probe.
                if (unavailable.compareAndSet(false, true)) log.warn("/healthz answers 503: the store does not answer", e);
                else log.debug("/healthz still answers 503: {}", e.getMessage());
                respond(exchange, 503, "application/json", "{\"status\":\"unavailable\"}");
                return;
            }
            if (unavailable.compareAndSet(true, false)) log.info("/healthz answers 200 again: the store answers");
            respond(exchange, 200, "application/json", body);
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
    }

    static String health(long articles, long undelivered, Map<String, PlatformStatus> platforms) {
        ObjectNode root = JSON.createObjectNode();
        boolean allConnected = platforms.values().stream().allMatch(p -> p.state() == PlatformStatus.State.CONNECTED);
        root.put("status", allConnected ? "ok" : "degraded").put("articles", articles).put("undelivered", undelivered);
        ObjectNode each = root.putObject("platforms");
        new TreeMap<>(platforms).forEach((name, p) -> {
            ObjectNode n = each.putObject(name).put("state", p.state().label()).put("since", p.since().toString());
            if (!p.detail().isEmpty()) n.put("detail", p.detail());
        });
        return root.toString();
    }

    /** Adds a handler, e.g. a webhook endpoint of an adapter. */
    public void route(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start() {
        server.start();
    }

    static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(2);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
