package io.newsbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the Telegram adapter reaches the Bot API and receives updates. Loaded once by the launcher.
 *
 * @param token         the bot token from BotFather; never shown by {@link #toString()}
 * @param apiUrl        the Bot API base URL: {@code https://api.telegram.org}, a self-hosted Bot API server, or a test fake
 * @param mode          long polling (no public URL needed) or webhook
 * @param webhookUrl    the public URL Telegram calls in webhook mode; empty in polling mode
 * @param webhookSecret the {@code secret_token} Telegram sends with each webhook request; never shown by {@link #toString()}
 * @param pollTimeout   how long one {@code getUpdates} call waits for news (Telegram allows up to 50 s)
 * @param answerDeadline how long an answer is worth sending: the outbox keeps trying through 429s and outages until then
 */
public record TelegramSettings(String token, URI apiUrl, Mode mode, String webhookUrl, String webhookSecret, Duration pollTimeout,
                               Duration answerDeadline) {

    /** How updates arrive. */
    public enum Mode { POLLING, WEBHOOK }

    public TelegramSettings {
        if (token == null || token.isBlank() || !token.matches("[^\\s/?#]+")) {
            throw new IllegalArgumentException("token must be a bot token from BotFather, without spaces or slashes");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("apiUrl must be an http or https URL such as https://api.telegram.org, not " + apiUrl);
        }
        if (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            throw new IllegalArgumentException("apiUrl must have no path (the Bot API lives at /bot<token>/<method>), not " + apiUrl);
        }
        Objects.requireNonNull(mode, "mode");
        webhookUrl = webhookUrl == null ? "" : webhookUrl.strip();
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        if (mode == Mode.WEBHOOK) {
            if (!webhookUrl.matches("(?i)https?://\\S+")) throw new IllegalArgumentException("webhookUrl must be the public http(s) URL Telegram calls");
            // Telegram's own rule for secret_token.
            if (!webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException("webhookSecret must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
            }
        }
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 50) throw new IllegalArgumentException("pollTimeout must be 0 to 50 seconds");
        Objects.requireNonNull(answerDeadline, "answerDeadline");
        if (answerDeadline.compareTo(Duration.ofSeconds(10)) < 0) throw new IllegalArgumentException("answerDeadline must be at least 10 seconds");
    }

    /** How long answers are worth sending unless configured otherwise. */
    public static final Duration ANSWER_DEADLINE = Duration.ofMinutes(10);

    /** Long polling against the given Bot API, with the usual timeout and answer deadline. */
    public static TelegramSettings polling(String token, URI apiUrl) {
        return new TelegramSettings(token, apiUrl, Mode.POLLING, "", "", Duration.ofSeconds(50), ANSWER_DEADLINE);
    }

    /** Webhook mode: Telegram calls {@code webhookUrl} with {@code webhookSecret}. */
    public static TelegramSettings webhook(String token, URI apiUrl, String webhookUrl, String webhookSecret) {
        return new TelegramSettings(token, apiUrl, Mode.WEBHOOK, webhookUrl, webhookSecret, Duration.ofSeconds(50), ANSWER_DEADLINE);
    }

    /** The same settings with another answer deadline. */
    public TelegramSettings withAnswerDeadline(Duration deadline) {
        return new TelegramSettings(token, apiUrl, mode, webhookUrl, webhookSecret, pollTimeout, deadline);
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=set, apiUrl=" + apiUrl + ", mode=" + mode + ", webhookUrl=" + webhookUrl + ", webhookSecret="
                + (webhookSecret.isEmpty() ? "unset" : "set") + ", pollTimeout=" + pollTimeout + ", answerDeadline=" + answerDeadline + "]";
    }
}
