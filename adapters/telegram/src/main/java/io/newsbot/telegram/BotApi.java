package io.newsbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Calls the Telegram Bot API: POSTs a method of TelegramBots' types as JSON to {@code /bot<token>/<method>} and reads
 * the answer the way the Bot API documents it, so that every failure comes out classified ({@link BotApiException}):
 * network, a non-JSON answer, or the API's error code with its {@code retry_after}. Makes one try; retrying is
 * the caller's decision. Calls under way can be cancelled, which ends a long poll at once on shutdown.
 */
final class BotApi {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final HttpUrl base;
    private final Set<Call> running = ConcurrentHashMap.newKeySet();

    BotApi(OkHttpClient http, ObjectMapper json, TelegramSettings settings) {
        this.http = http;
        this.json = json;
        HttpUrl api = HttpUrl.get(settings.apiUrl());
        this.base = api.newBuilder().addPathSegment("bot" + settings.token()).build();
    }

    <T extends Serializable> T call(PartialBotApiMethod<T> method) throws BotApiException {
        Answer answer = execute(method);
        try {
            return method.deserializeResponse(answer.text());
        } catch (TelegramApiRequestException e) {
            throw BotApiException.http(method.getMethod(), answer.status());
        }
    }

    /**
     * Makes a call whose result is not read, only whether Telegram took it: a sent message. Reading TelegramBots'
     * Message type costs a fresh process a second or more of class loading, and every millisecond between Telegram
     * taking a message and the outbox recording it is a window in which a crash sends it again.
     */
    void send(PartialBotApiMethod<?> method) throws BotApiException {
        execute(method);
    }

    /**
     * Sends a message and reads back only its {@code message_id} (from the JSON tree, not TelegramBots' Message type:
     * see {@link #send}); null when the answer carries none.
     */
    Integer sendReadingId(PartialBotApiMethod<?> method) throws BotApiException {
        JsonNode id = parse(execute(method).text()).path("result").path("message_id");
        return id.canConvertToInt() ? Integer.valueOf(id.asInt()) : null;
    }

    private record Answer(int status, String text) {
    }

    private Answer execute(PartialBotApiMethod<?> method) throws BotApiException {
        String name = method.getMethod();
        Request request;
        try {
            request = new Request.Builder().url(base.newBuilder().addPathSegment(name).build())
                    .post(RequestBody.create(json.writeValueAsBytes(method), JSON_TYPE)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The Bot API method " + name + " could not be written as JSON", e);
        }
        Call call = http.newCall(request);
        running.add(call);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            JsonNode tree = parse(text);
            if (tree == null || !tree.has("ok")) throw BotApiException.http(name, response.code());
            if (!tree.path("ok").asBoolean()) {
                JsonNode retry = tree.path("parameters").path("retry_after");
                throw BotApiException.api(name, tree.path("error_code").asInt(response.code()), tree.path("description").asText(""),
                        retry.canConvertToInt() ? Integer.valueOf(retry.asInt()) : null);
            }
            return new Answer(response.code(), text);
        } catch (IOException e) {
            throw BotApiException.network(name, e);
        } finally {
            running.remove(call);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Cancels every call under way; they end with a network {@link BotApiException}. */
    void cancelAll() {
        running.forEach(Call::cancel);
    }
}
