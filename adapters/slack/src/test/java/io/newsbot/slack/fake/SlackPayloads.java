package io.newsbot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Slack's payloads as the Events API, Socket Mode and slash commands send them, for the fakes to deliver. */
public final class SlackPayloads {
    private SlackPayloads() {
    }

    public static JsonObject mention(String channel, String user, String text, String ts, String threadTs) {
        return message("app_mention", channel, user, text, ts, threadTs);
    }

    public static JsonObject directMessage(String channel, String user, String text, String ts, String threadTs) {
        JsonObject e = message("message", channel, user, text, ts, threadTs);
        e.addProperty("channel_type", "im");
        return e;
    }

    /** A message a bot posted in a DM, such as the bot's own answer. */
    public static JsonObject botMessage(String channel, String text, String ts) {
        JsonObject e = message("message", channel, null, text, ts, null);
        e.addProperty("channel_type", "im");
        e.addProperty("bot_id", "BOTHER");
        e.addProperty("subtype", "bot_message");
        return e;
    }

    /** The event Slack sends when someone edits a message in a DM. */
    public static JsonObject edit(String channel, String user, String newText, String ts) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "message");
        e.addProperty("subtype", "message_changed");
        e.addProperty("channel", channel);
        e.addProperty("channel_type", "im");
        e.addProperty("hidden", true);
        e.addProperty("ts", ts + "1");
        e.addProperty("event_ts", ts + "1");
        e.add("message", message("message", channel, user, newText, ts, null));
        e.add("previous_message", message("message", channel, user, "old", ts, null));
        return e;
    }

    private static JsonObject message(String type, String channel, String user, String text, String ts, String threadTs) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        if (user != null) e.addProperty("user", user);
        e.addProperty("text", text);
        e.addProperty("ts", ts);
        e.addProperty("event_ts", ts);
        e.addProperty("channel", channel);
        if (threadTs != null) e.addProperty("thread_ts", threadTs);
        return e;
    }

    /**
     * The {@code block_actions} payload Slack sends when {@code user} presses the button labelled {@code label} among
     * {@code blocks}, in a message of {@code channel} ({@code messageTs}; an ephemeral one carries no message).
     */
    public static JsonObject blockActions(String channel, String user, String messageTs, boolean ephemeral, JsonArray blocks, String label,
                                          String responseUrl) {
        JsonObject button = null;
        String blockId = null;
        for (var b : blocks) {
            if (!b.getAsJsonObject().get("type").getAsString().equals("actions")) continue;
            for (var e : b.getAsJsonObject().getAsJsonArray("elements")) {
                if (e.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().equals(label)) {
                    button = e.getAsJsonObject();
                    blockId = b.getAsJsonObject().has("block_id") ? b.getAsJsonObject().get("block_id").getAsString() : "b1";
                }
            }
        }
        if (button == null) throw new IllegalArgumentException("no button " + label + " in " + blocks);
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("username", "alice");
        u.addProperty("name", "alice");
        u.addProperty("team_id", "T1");
        p.add("user", u);
        p.addProperty("api_app_id", "A1");
        p.addProperty("token", "legacy-verification-token");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", ephemeral);
        p.add("container", container);
        p.addProperty("trigger_id", "1800000000.1.trigger");
        JsonObject team = new JsonObject();
        team.addProperty("id", "T1");
        team.addProperty("domain", "newsbot-test");
        p.add("team", team);
        p.addProperty("is_enterprise_install", false);
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        ch.addProperty("name", channel.startsWith("D") ? "directmessage" : "general");
        p.add("channel", ch);
        if (!ephemeral) {
            JsonObject m = new JsonObject();
            m.addProperty("type", "message");
            m.addProperty("user", FakeSlackApi.BOT_USER);
            m.addProperty("bot_id", FakeSlackApi.BOT_ID);
            m.addProperty("ts", messageTs);
            m.addProperty("text", "the answer");
            m.add("blocks", blocks.deepCopy());
            p.add("message", m);
        }
        JsonObject state = new JsonObject();
        state.add("values", new JsonObject());
        p.add("state", state);
        p.addProperty("response_url", responseUrl);
        JsonArray actions = new JsonArray();
        JsonObject action = new JsonObject();
        action.addProperty("action_id", button.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.add("text", button.get("text").deepCopy());
        if (button.has("value")) action.addProperty("value", button.get("value").getAsString());
        action.addProperty("type", "button");
        action.addProperty("action_ts", "1800000001.000100");
        actions.add(action);
        p.add("actions", actions);
        return p;
    }

    /** A Socket Mode envelope carrying an interaction payload, such as a button press. */
    public static JsonObject interactiveEnvelope(String envelopeId, JsonObject payload) {
        JsonObject env = new JsonObject();
        env.addProperty("envelope_id", envelopeId);
        env.addProperty("type", "interactive");
        env.addProperty("accepts_response_payload", false);
        env.add("payload", payload);
        return env;
    }

    /** The Events API callback wrapping an event. */
    public static JsonObject eventCallback(String eventId, JsonObject event) {
        JsonObject p = new JsonObject();
        p.addProperty("token", "legacy-verification-token");
        p.addProperty("team_id", "T1");
        p.addProperty("api_app_id", "A1");
        p.add("event", event);
        p.addProperty("type", "event_callback");
        p.addProperty("event_id", eventId);
        p.addProperty("event_time", 1_800_000_000);
        JsonArray auths = new JsonArray();
        JsonObject auth = new JsonObject();
        auth.addProperty("team_id", "T1");
        auth.addProperty("user_id", FakeSlackApi.BOT_USER);
        auth.addProperty("is_bot", true);
        auths.add(auth);
        p.add("authorizations", auths);
        p.addProperty("is_ext_shared_channel", false);
        return p;
    }

    public static JsonObject eventsEnvelope(String envelopeId, String eventId, JsonObject event, int retryAttempt) {
        JsonObject env = new JsonObject();
        env.addProperty("envelope_id", envelopeId);
        env.addProperty("type", "events_api");
        env.addProperty("accepts_response_payload", false);
        env.addProperty("retry_attempt", retryAttempt);
        env.addProperty("retry_reason", retryAttempt == 0 ? "" : "timeout");
        env.add("payload", eventCallback(eventId, event));
        return env;
    }

    public static Map<String, String> slashCommand(String channel, String user, String text, String responseUrl, String triggerId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("token", "legacy-verification-token");
        p.put("team_id", "T1");
        p.put("team_domain", "newsbot-test");
        p.put("channel_id", channel);
        p.put("channel_name", channel.startsWith("D") ? "directmessage" : "general");
        p.put("user_id", user);
        p.put("user_name", "alice");
        p.put("command", "/newsbot");
        p.put("text", text);
        p.put("api_app_id", "A1");
        p.put("is_enterprise_install", "false");
        p.put("response_url", responseUrl);
        p.put("trigger_id", triggerId);
        return p;
    }

    public static JsonObject slashCommandEnvelope(String envelopeId, Map<String, String> command) {
        JsonObject env = new JsonObject();
        env.addProperty("envelope_id", envelopeId);
        env.addProperty("type", "slash_commands");
        env.addProperty("accepts_response_payload", true);
        JsonObject payload = new JsonObject();
        command.forEach(payload::addProperty);
        env.add("payload", payload);
        return env;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
