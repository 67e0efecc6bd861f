package io.newsbot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each Socket Mode envelope through the Bolt app and acknowledges it with the app's answer. (Bolt wires this up
 * itself only for a client it builds; newsbot builds its own client, see {@link SocketModeConnection}.) An envelope the
 * app fails on is not acknowledged, so Slack delivers it again.
 */
final class EnvelopeHandler implements WebSocketMessageListener {
    private static final Logger log = LoggerFactory.getLogger(EnvelopeHandler.class);
    private final App app;
    private final SocketModeClient client;
    private final SocketModeRequestParser parser;
    private final Gson gson;

    EnvelopeHandler(App app, SocketModeClient client) {
        this.app = app;
        this.client = client;
        this.parser = new SocketModeRequestParser(app.config());
        this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
    }

    @Override
    public void handle(String message) {
        SocketModeRequest request = parser.parse(message);
        if (request == null) return;
        String envelope = request.getEnvelope().getEnvelopeId();
        Response response;
        try {
            response = app.run(request.getBoltRequest());
        } catch (Exception e) {
            log.error("Failed to handle the Slack envelope {}; Slack will deliver it again", envelope, e);
            return;
        }
        if (response.getStatusCode() != 200) {
            log.warn("The Slack envelope {} was not handled (status {}: {})", envelope, response.getStatusCode(), response.getBody());
            return;
        }
        String body = response.getBody();
        if (body == null || body.isEmpty()) {
            client.sendSocketModeResponse(new AckResponse(envelope));
            return;
        }
        Object payload = response.getContentType() != null && response.getContentType().startsWith("application/json")
                ? gson.fromJson(body, JsonElement.class) : Map.of("text", body);
        client.sendSocketModeResponse(gson.toJson(Map.of("envelope_id", envelope, "payload", payload)));
    }
}
