package io.newsbot.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A Bot API call that did not succeed: the network failed, the server answered something that is not the Bot API's
 * JSON (a proxy's 502 page), or the Bot API answered {@code ok: false} with an {@code error_code}. The message is one
 * line and never holds the token.
 */
final class BotApiException extends Exception {
    private final int errorCode;
    private final String description;
    private final Duration retryAfter;
    /** No answer, or not the Bot API's: the network or something in front of Telegram failed. */
    private final boolean noApiAnswer;

    private BotApiException(String message, int errorCode, String description, Duration retryAfter, boolean noApiAnswer, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.description = description == null ? "" : description;
        this.retryAfter = retryAfter;
        this.noApiAnswer = noApiAnswer;
    }

    /** The request did not get an answer: refused, reset, timed out. */
    static BotApiException network(String method, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new BotApiException(method + " could not reach the Bot API (" + why + ")", 0, "", null, true, cause);
    }

    /** An HTTP answer that is not the Bot API's JSON. */
    static BotApiException http(String method, int status) {
        return new BotApiException(method + " got HTTP " + status + " without a Bot API answer", status, "", null, true, null);
    }

    /** The Bot API's own error: {@code {"ok":false,"error_code":...,"description":...,"parameters":{"retry_after":...}}}. */
    static BotApiException api(String method, int errorCode, String description, Integer retryAfterSeconds) {
        Duration wait = retryAfterSeconds == null ? null : Duration.ofSeconds(Math.max(0, retryAfterSeconds));
        return new BotApiException(method + " answered " + errorCode + " " + description, errorCode, description, wait, false, null);
    }

    /** No answer came at all: the connection was refused, reset or timed out. */
    boolean noAnswer() {
        return getCause() instanceof java.io.IOException;
    }

    int errorCode() {
        return errorCode;
    }

    /** How long Telegram asked to wait, with a 429. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Trying again later may work: the network, a server error, an unreadable answer, or a rate limit. */
    boolean transientFailure() {
        return noApiAnswer || errorCode == 429 || errorCode >= 500;
    }

    /** The token is wrong or revoked: the Bot API answers 401 Unauthorized (404 Not Found for a malformed one). */
    boolean tokenRefused() {
        return !noApiAnswer && (errorCode == 401 || errorCode == 404);
    }

    /** Another getUpdates for this bot is running, or a webhook is set. */
    boolean conflict() {
        return errorCode == 409;
    }

    /** The bot can no longer post in the chat: blocked, kicked, or the chat is gone. */
    boolean chatGone() {
        String d = description.toLowerCase(Locale.ROOT);
        return errorCode == 403 || errorCode == 400 && (d.contains("chat not found") || d.contains("group chat was upgraded")
                || d.contains("chat was deleted") || d.contains("bot was kicked"));
    }

    /** Telegram could not parse our HTML. */
    boolean badHtml() {
        return errorCode == 400 && description.toLowerCase(Locale.ROOT).contains("can't parse entities");
    }
}
