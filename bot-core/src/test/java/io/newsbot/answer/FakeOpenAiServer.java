package io.newsbot.answer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An OpenAI-compatible chat completions endpoint on 127.0.0.1 answering with canned content. */
final class FakeOpenAiServer implements AutoCloseable {
    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String content = "";
    private volatile int status = 200;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (hang) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String body = status == 200 ? """
                    {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"fake",
                     "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                     "usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}""".formatted(json(content))
                    : "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(String text) {
        content = text;
        status = 200;
        hang = false;
    }

    void fail(int httpStatus) {
        status = httpStatus;
    }

    void hang() {
        hang = true;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
