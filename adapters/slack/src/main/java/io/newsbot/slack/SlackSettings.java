package io.newsbot.slack;

import java.util.Objects;

/**
 * How the Slack adapter connects. {@link #toString()} never shows the tokens.
 *
 * @param mode          Socket Mode (default, no public URL) or the HTTP Events API
 * @param apiUrl        the Web API base URL with its trailing slash, e.g. {@code https://slack.com/api/}
 * @param eventsPath    the path the launcher's HTTP server serves events and slash commands on (HTTP mode)
 * @param botToken      the {@code xoxb-} bot token
 * @param appToken      the {@code xapp-} app-level token; required in Socket Mode
 * @param signingSecret the secret Slack signs HTTP requests with; required in HTTP mode
 * @param answerDeadline how long an answer is worth sending: the outbox keeps trying through rate limits and outages until then
 */
public record SlackSettings(Mode mode, String apiUrl, String eventsPath, String botToken, String appToken, String signingSecret,
                            java.time.Duration answerDeadline) {
    /** How long answers are worth sending unless configured otherwise. */
    public static final java.time.Duration ANSWER_DEADLINE = java.time.Duration.ofMinutes(10);

    /** How Slack's events reach the bot. */
    public enum Mode {
        /** The bot opens a WebSocket to Slack: works behind firewalls, needs the app-level token. */
        SOCKET,
        /** Slack calls the bot's public URL, signing each request. */
        HTTP;

        /** Reads {@code socket} or {@code http}, as in the configuration. */
        public static Mode of(String name) {
            return switch (Objects.requireNonNull(name, "mode")) {
                case "socket" -> SOCKET;
                case "http" -> HTTP;
                default -> throw new IllegalArgumentException("mode must be socket or http, not " + name);
            };
        }
    }

    public SlackSettings {
        Objects.requireNonNull(mode, "mode");
        if (apiUrl == null || !apiUrl.matches("https?://.+/")) {
            throw new IllegalArgumentException("apiUrl must be an http(s) URL ending with /, such as https://slack.com/api/");
        }
        if (eventsPath == null || !eventsPath.startsWith("/")) throw new IllegalArgumentException("eventsPath must start with /");
        if (botToken == null || botToken.isBlank()) throw new IllegalArgumentException("botToken must not be blank");
        appToken = appToken == null ? "" : appToken;
        signingSecret = signingSecret == null ? "" : signingSecret;
        if (mode == Mode.SOCKET && appToken.isBlank()) throw new IllegalArgumentException("appToken must not be blank in Socket Mode");
        if (mode == Mode.HTTP && signingSecret.isBlank()) throw new IllegalArgumentException("signingSecret must not be blank in HTTP mode");
        Objects.requireNonNull(answerDeadline, "answerDeadline");
        if (answerDeadline.compareTo(java.time.Duration.ofSeconds(10)) < 0) throw new IllegalArgumentException("answerDeadline must be at least 10 seconds");
    }

    /** The settings with the usual answer deadline. */
    public SlackSettings(Mode mode, String apiUrl, String eventsPath, String botToken, String appToken, String signingSecret) {
        this(mode, apiUrl, eventsPath, botToken, appToken, signingSecret, ANSWER_DEADLINE);
    }

    /** The same settings with another answer deadline. */
    public SlackSettings withAnswerDeadline(java.time.Duration deadline) {
        return new SlackSettings(mode, apiUrl, eventsPath, botToken, appToken, signingSecret, deadline);
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", eventsPath=" + eventsPath + ", botToken=set, appToken="
                + (appToken.isEmpty() ? "unset" : "set") + ", signingSecret=" + (signingSecret.isEmpty() ? "unset" : "set") + ", answerDeadline=" + answerDeadline + "]";
    }
}
