package io.newsbot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, for fetch tests. Records the paths it was asked for. */
public final class LocalWebServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    public LocalWebServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public LocalWebServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Serves a fixed body with a content type. */
    public LocalWebServer text(String path, String contentType, String body) {
        return route(path, ex -> respond(ex, 200, contentType, body));
    }

    public LocalWebServer redirect(String path, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    public static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:PORT + path */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public List<String> requested() {
        return requested;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
