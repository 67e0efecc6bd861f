package io.newsbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint: Telegram POSTs one {@link Update} per request, with our {@code secret_token} in the
 * {@code X-Telegram-Bot-Api-Secret-Token} header. A request without it or with a wrong one gets 403 and is
 * not read. An update is acknowledged (200) once it is claimed with its reply queued in the outbox, so a crash
 * before that leaves it unacknowledged and Telegram delivers it again; one that cannot be taken (the bot is stopping),
 * or is not handled within {@link #PATIENCE}, gets 503, and Telegram delivers it again later, when its claim decides
 * whether it still needs an answer.
 */
final class TelegramWebhook implements HttpHandler {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    private static final int MAX_BYTES = 1024 * 1024;
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private final byte[] secret;
    private final ObjectMapper json;
    private final Function<Update, CompletableFuture<Void>> updates;

    /** @param updates handles an update; its future completes once the update is claimed with its reply queued */
    TelegramWebhook(String secret, ObjectMapper json, Function<Update, CompletableFuture<Void>> updates) {
        if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("secret must be set for a webhook");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.updates = updates;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            // Constant-time comparison: the secret must not leak through response timing.
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Refused a webhook request from {} without the right secret token", exchange.getRemoteAddress().getAddress());
                respond(exchange, 403);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
            if (body.length > MAX_BYTES) {
                respond(exchange, 413);
                return;
            }
            Update update;
            try {
                update = json.readValue(body, Update.class);
            } catch (JsonProcessingException e) {
                log.warn("A webhook request with a body that is not an Update: {}", e.getOriginalMessage());
                respond(exchange, 400);
                return;
            }
            try {
                updates.apply(update).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException | ExecutionException | TimeoutException e) {
                // Not acknowledged: Telegram delivers it again later, e.g. once a restart is done.
                log.warn("Could not take Telegram update {} yet: {}", update.getUpdateId(), e.toString());
                respond(exchange, 503);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503);
                return;
            }
            respond(exchange, 200);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        OutputStream ignored = exchange.getResponseBody();
        ignored.close();
    }
}
