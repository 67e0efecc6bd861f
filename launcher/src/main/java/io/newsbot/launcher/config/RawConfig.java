package io.newsbot.launcher.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings as text, flattened to dotted keys: the bundled defaults (config/newsbot.yml, which documents
 * every key), then the user's file, then {@code NEWSBOT_*} environment variables. Typed getters check each
 * value and name the key and the allowed values when it is wrong.
 */
public final class RawConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, String> values;
    private final Map<String, String> origin;

    private RawConfig(Map<String, String> values, Map<String, String> origin) {
        this.values = values;
        this.origin = origin;
    }

    /**
     * Loads the configuration.
     *
     * @param file the user's file, or {@code null} for the defaults alone
     * @param env  the environment
     */
    public static RawConfig load(Path file, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        try (InputStream in = RawConfig.class.getResourceAsStream("/newsbot.yml")) {
            if (in == null) throw new IllegalStateException("the jar lacks its default newsbot.yml");
            flatten("", YAML.readTree(in), values);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's default newsbot.yml is unreadable", e);
        }
        values.keySet().forEach(k -> origin.put(k, "the defaults"));
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new ConfigException("The configuration file " + file + " does not exist.");
            Map<String, String> user = new LinkedHashMap<>();
            try {
                JsonNode tree = YAML.readTree(file.toFile());
                if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
                    if (!tree.isObject()) throw new ConfigException("The configuration file " + file + " must be a YAML mapping of settings.");
                    flatten("", tree, user);
                }
            } catch (IOException e) {
                throw new ConfigException("The configuration file " + file + " is not valid YAML: " + firstLine(e.getMessage()));
            }
            for (Map.Entry<String, String> e : user.entrySet()) {
                if (!values.containsKey(e.getKey())) {
                    throw new ConfigException("Unknown setting '" + e.getKey() + "' in " + file + "; see config/newsbot.yml for the known settings.");
                }
                values.put(e.getKey(), e.getValue());
                origin.put(e.getKey(), file.toString());
            }
        }
        for (String key : new ArrayList<>(values.keySet())) {
            String name = envName(key);
            if (env.containsKey(name)) {
                values.put(key, env.get(name));
                origin.put(key, "the environment variable " + name);
            }
        }
        return new RawConfig(values, origin);
    }

    /** The environment variable that overrides a key: NEWSBOT_ and the key with dots and dashes as underscores. */
    public static String envName(String key) {
        return "NEWSBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            out.put(prefix, String.join(",", items));
        } else {
            out.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) throw new IllegalArgumentException("no setting " + key);
        return v.strip();
    }

    public int integer(String key, int min, int max) {
        String v = string(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw wrong(key, v, "a whole number from " + min + " to " + max);
        }
    }

    public long longValue(String key, long min, long max) {
        String v = string(key);
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw wrong(key, v, "a whole number from " + min + " to " + max);
        }
    }

    public double decimal(String key, double min, double max) {
        String v = string(key);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw wrong(key, v, "a number from " + min + " to " + max);
        }
    }

    public boolean bool(String key) {
        String v = string(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw wrong(key, v, "true, false");
        };
    }

    public String choice(String key, String... allowed) {
        String v = string(key).toLowerCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(v)) throw wrong(key, v, String.join(", ", allowed));
        return v;
    }

    public ZoneId zone(String key) {
        String v = string(key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw wrong(key, v, "an IANA time zone such as UTC, Europe/Berlin or America/New_York");
        }
    }

    public List<String> list(String key) {
        String v = string(key).replaceAll("^\\[|]$", "");
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) if (!s.isBlank()) out.add(s.strip().replaceAll("^[\"']|[\"']$", ""));
        return out;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** Reports a wrong value: names the key, where it was set, and what is allowed. */
    public ConfigException wrong(String key, String value, String allowed) {
        return new ConfigException("Setting " + key + " is '" + value + "' (from " + origin.get(key) + "); allowed: " + allowed + ".");
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
