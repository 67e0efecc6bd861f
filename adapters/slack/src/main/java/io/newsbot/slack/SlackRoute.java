package io.newsbot.slack;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a slash command's answer reaches its asker, as the outbox keeps it: the command's {@code response_url}, whether
 * the answer is for the asker alone (ephemeral) or for the channel, and who asked. Written
 * {@code response_url=...&visibility=ephemeral&user=U1}; empty for the other replies, which go to the chat.
 *
 * @param responseUrl the URL Slack gave with the command, or empty
 * @param ephemeral   shown only to {@code user}: never posted to the channel
 * @param user        who asked
 */
record SlackRoute(String responseUrl, boolean ephemeral, String user) {
    static final SlackRoute CHAT = new SlackRoute("", false, "");

    SlackRoute {
        responseUrl = responseUrl == null ? "" : responseUrl;
        user = user == null ? "" : user;
        if (ephemeral && user.isEmpty()) throw new IllegalArgumentException("user must be set for an ephemeral answer");
    }

    String encode() {
        if (equals(CHAT)) return "";
        return "response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&visibility=" + (ephemeral ? "ephemeral" : "in_channel")
                + "&user=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
    }

    static SlackRoute parse(String route) {
        if (route == null || route.isBlank()) return CHAT;
        String url = "";
        String user = "";
        boolean ephemeral = false;
        for (String pair : route.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (pair.substring(0, eq)) {
                case "response_url" -> url = value;
                case "visibility" -> ephemeral = value.equals("ephemeral");
                case "user" -> user = value;
                default -> { }
            }
        }
        return new SlackRoute(url, ephemeral, user);
    }
}
