package io.newsbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP Events API on the JDK's own server: a request whose {@code X-Slack-Request-Timestamp} is missing or more than
 * five minutes from now, in the past or in the future, gets 401; the rest is parsed with Bolt's parser and run through
 * the Bolt app, whose request verification answers 401 to a bad signature, before anything is handled. Events, slash
 * commands and the URL-verification challenge all arrive here.
 */
final class SlackEventsHttpHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsHttpHandler.class);
    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    /** Slack's own rule for replayed requests, applied both ways: a clock five minutes ahead is as suspect as one behind. */
    static final java.time.Duration MAX_SKEW = java.time.Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    private final App app;
    private final SlackRequestParser parser;
    private final java.time.Clock clock;

    SlackEventsHttpHandler(App app, java.time.Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.clock = clock;
    }

    /** Whether the request's timestamp is within {@link #MAX_SKEW} of now, either way. */
    boolean fresh(String timestamp) {
        if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) return false;
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp.strip()));
        return skew <= MAX_SKEW.toSeconds();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain; charset=utf-8", Map.of("Allow", List.of("POST")), "Slack events are POSTed here.");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                respond(exchange, 413, "text/plain; charset=utf-8", Map.of(), "Request too large.");
                return;
            }
            if (!fresh(exchange.getRequestHeaders().getFirst(TIMESTAMP))) {
                log.warn("Refused a Slack request from {} whose timestamp is missing or more than {} minutes off",
                        exchange.getRemoteAddress().getAddress(), MAX_SKEW.toMinutes());
                respond(exchange, 401, "text/plain; charset=utf-8", Map.of(), "Request timestamp missing or too far from now.");
                return;
            }
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach(headers::put);
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers))
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                respond(exchange, 400, "text/plain; charset=utf-8", Map.of(), "Not a Slack request.");
                return;
            }
            Response response = run(request);
            String type = response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType();
            respond(exchange, response.getStatusCode(), type, response.getHeaders(), response.getBody() == null ? "" : response.getBody());
        }
    }

    private Response run(Request<?> request) {
        try {
            return app.run(request);
        } catch (Exception e) {
            log.error("Failed to handle a Slack request", e);
            return Response.builder().statusCode(500).contentType("text/plain; charset=utf-8").body("Internal error.").build();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, Map<String, List<String>> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (headers != null) headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
