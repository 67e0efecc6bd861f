package io.newsbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The parameters of one Bot API call, read the four ways the Bot API accepts them: URL query string,
 * {@code application/x-www-form-urlencoded}, {@code application/json} and {@code multipart/form-data}.
 */
final class ApiRequest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiRequest() {
    }

    static ObjectNode read(HttpExchange exchange) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) form(query, params);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("application/json")) {
            JsonNode tree = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            if (!tree.isObject()) throw new IOException("the JSON body must be an object");
            params.setAll((ObjectNode) tree);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form(text, params);
        } else if (type.startsWith("multipart/form-data")) {
            String boundary = exchange.getRequestHeaders().getFirst("Content-Type").replaceAll("(?i).*boundary=\"?([^\";]+)\"?.*", "$1");
            multipart(text, boundary, params);
        }
        return params;
    }

    private static void form(String encoded, ObjectNode params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.set(name, value(value));
        }
    }

    private static void multipart(String body, String boundary, ObjectNode params) {
        for (String part : body.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) continue;
            String headers = part.substring(0, split);
            String name = headers.replaceAll("(?is).*name=\"([^\"]*)\".*", "$1");
            if (name.equals(headers)) continue;
            String value = part.substring(split + 4);
            if (value.endsWith("\r\n")) value = value.substring(0, value.length() - 2);
            params.set(name, value(value));
        }
    }

    /** Form values that hold JSON (arrays, objects) are read as JSON, as the Bot API does. */
    private static JsonNode value(String raw) {
        String v = raw.strip();
        if (v.startsWith("[") || v.startsWith("{")) {
            try {
                return JSON.readTree(v);
            } catch (IOException e) {
                return TextNode.valueOf(raw);
            }
        }
        return TextNode.valueOf(raw);
    }
}
