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
 * The HTTP Events API on the JDK's own server: parses Slack's request with Bolt's parser and runs it through
 * the Bolt app, whose request verification answers 401 to a bad signature or a timestamp more than five
 * minutes off, before anything is handled. Events, slash commands and the URL-verification challenge all
 * arrive here.
 */
final class SlackEventsHttpHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsHttpHandler.class);
    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    private final App app;
    private final SlackRequestParser parser;

    SlackEventsHttpHandler(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
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
