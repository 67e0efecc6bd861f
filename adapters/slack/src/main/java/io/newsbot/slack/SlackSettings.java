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
 */
public record SlackSettings(Mode mode, String apiUrl, String eventsPath, String botToken, String appToken, String signingSecret) {

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
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", eventsPath=" + eventsPath + ", botToken=set, appToken="
                + (appToken.isEmpty() ? "unset" : "set") + ", signingSecret=" + (signingSecret.isEmpty() ? "unset" : "set") + "]";
    }
}
