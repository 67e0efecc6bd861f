package io.newsbot.launcher.config;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.StoreSettings;
import io.newsbot.answer.Coverage;
import io.newsbot.index.RankFusion;
import io.newsbot.index.ModelDescription;
import io.newsbot.ingest.ContentLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The whole configuration, typed and checked: the core's settings, the adapters', and the secrets.
 */
public record NewsbotConfig(CoreSettings core, String logFormat, Llm llm, int feedPollMinutes, Http http, Telegram telegram,
                            Slack slack, String digestEmptyDay, Secrets secrets, StoreSettings store, Duration answerDeadline) {

    /** The optional language model. */
    public record Llm(String provider, String baseUrl, String model, Duration timeout) {
    }

    /** The health, metrics and webhook HTTP server; port 0 is off. */
    public record Http(int port, String bind) {
    }

    /** Telegram settings. {@code enabled} is resolved: true only when it should start. */
    public record Telegram(boolean enabled, String mode, String apiUrl, String webhookPath, String webhookUrl) {
    }

    /** Slack settings. {@code enabled} is resolved: true only when it should start. */
    public record Slack(boolean enabled, String mode, String apiUrl, String eventsPath) {
    }

    public static NewsbotConfig load(Path file, Map<String, String> env) {
        return from(RawConfig.load(file, env), Secrets.fromEnvironment(env));
    }

    static NewsbotConfig from(RawConfig c, Secrets secrets) {
        String model = c.choice("embedding.model", ModelDescription.names().toArray(String[]::new));
        // Unset, the cosine is the one calibrated on the chosen model.
        double minCosine = c.string("answers.min-cosine").isEmpty() ? ModelDescription.named(model).coverageCosine()
                : c.decimal("answers.min-cosine", -1, 1);
        ZoneId zone = c.zone("timezone");
        Set<String> admins = new LinkedHashSet<>();
        for (String a : c.list("admins")) {
            if (!a.matches("(telegram|slack):[A-Za-z0-9_-]+")) throw c.wrong("admins", a, "platform:userId items such as telegram:123456789 or slack:U0123ABC");
            admins.add(a);
        }
        CoreSettings core = new CoreSettings(Path.of(c.string("data-dir").isEmpty() ? "./data" : c.string("data-dir")), model,
                c.integer("embedding.chunk-words", 20, 1000),
                new Coverage(c.decimal("answers.min-lexical-coverage", 0, 1), minCosine),
                new RankFusion(60, c.decimal("answers.lexical-weight", 0, 10), c.decimal("answers.vector-weight", 0, 10), 50), zone,
                c.integer("answers.max-question-chars", 10, 100_000), c.integer("limits.user-messages-per-minute", 1, 10_000),
                c.integer("limits.chat-messages-per-minute", 1, 100_000), admins,
                new CoreSettings.Fetch(c.bool("fetch.allow-private-addresses"), c.longValue("fetch.max-bytes", 1024, 1L << 30),
                        Duration.ofSeconds(c.integer("fetch.timeout-seconds", 1, 600)), c.integer("fetch.max-redirects", 0, 20)),
                c.bool("demo-articles"),
                new ContentLimits(c.integer("ingest.max-article-chars", 1000, 100_000_000), c.integer("ingest.max-article-chunks", 1, 1_000_000),
                        c.integer("ingest.max-page-depth", 16, 100_000), c.longValue("ingest.max-file-bytes", 1024, 1L << 31)));
        Llm llm = new Llm(c.choice("llm.provider", "none", "openai", "ollama"), c.string("llm.base-url"), c.string("llm.model"),
                Duration.ofSeconds(c.integer("llm.timeout-seconds", 1, 600)));
        if (!llm.provider().equals("none") && llm.model().isEmpty()) throw c.wrong("llm.model", "", "a model name when llm.provider is " + llm.provider());
        Http http = new Http(c.integer("http.port", 0, 65535), c.string("http.bind"));
        Telegram telegram = telegram(c, secrets, http);
        Slack slack = slack(c, secrets, http);
        return new NewsbotConfig(core, c.choice("log-format", "text", "json"), llm, c.integer("feeds.poll-minutes", 1, 10_080), http,
                telegram, slack, c.choice("digest.empty-day", "message", "skip"), secrets, store(c, secrets),
                Duration.ofMinutes(c.integer("delivery.answer-deadline-minutes", 1, 1440)));
    }

    private static StoreSettings store(RawConfig c, Secrets secrets) {
        if (c.choice("store", "h2", "postgres").equals("h2")) return StoreSettings.EMBEDDED;
        String url = c.string("postgres.url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw c.wrong("postgres.url", url, "a JDBC URL such as jdbc:postgresql://db.example.com:5432/newsbot when store is postgres");
        }
        if (url.contains("password=")) {
            throw new ConfigException("postgres.url must not carry a password; set NEWSBOT_POSTGRES_USER and NEWSBOT_POSTGRES_PASSWORD instead.");
        }
        return StoreSettings.postgres(url, secrets.postgresUser(), secrets.postgresPassword());
    }

    private static Telegram telegram(RawConfig c, Secrets secrets, Http http) {
        String enabled = c.choice("telegram.enabled", "auto", "true", "false");
        String mode = c.choice("telegram.mode", "polling", "webhook");
        boolean on = enabled.equals("true") || enabled.equals("auto") && !secrets.telegramToken().isEmpty();
        if (on && secrets.telegramToken().isEmpty()) {
            throw new ConfigException("telegram.enabled is true but NEWSBOT_TELEGRAM_TOKEN is not set; set it or set telegram.enabled to auto or false.");
        }
        if (on && mode.equals("webhook")) {
            if (http.port() == 0) throw c.wrong("http.port", "0", "a port from 1 to 65535 when telegram.mode is webhook");
            if (secrets.telegramWebhookSecret().isEmpty()) {
                throw new ConfigException("telegram.mode is webhook but NEWSBOT_TELEGRAM_WEBHOOK_SECRET is not set; set it to a random string.");
            }
            if (!secrets.telegramWebhookSecret().matches("[A-Za-z0-9_-]{1,256}")) {
                throw new ConfigException("NEWSBOT_TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).");
            }
        }
        if (on && !c.string("telegram.api-url").matches("(?i)https?://[^/\\s?#]+/?")) {
            throw c.wrong("telegram.api-url", c.string("telegram.api-url"), "an http(s) address with no path, such as https://api.telegram.org");
        }
        if (on && mode.equals("webhook") && !c.string("telegram.webhook-url").matches("(?i)https?://\\S+")) {
            throw c.wrong("telegram.webhook-url", c.string("telegram.webhook-url"), "the public URL Telegram calls in webhook mode, e.g. https://bot.example.com/telegram");
        }
        if (on && mode.equals("webhook") && !c.string("telegram.webhook-path").startsWith("/")) {
            throw c.wrong("telegram.webhook-path", c.string("telegram.webhook-path"), "a path starting with /, such as /telegram");
        }
        return new Telegram(on, mode, c.string("telegram.api-url"), c.string("telegram.webhook-path"), c.string("telegram.webhook-url"));
    }

    private static Slack slack(RawConfig c, Secrets secrets, Http http) {
        String enabled = c.choice("slack.enabled", "auto", "true", "false");
        String mode = c.choice("slack.mode", "socket", "http");
        boolean on = enabled.equals("true") || enabled.equals("auto") && !secrets.slackBotToken().isEmpty();
        if (on && secrets.slackBotToken().isEmpty()) {
            throw new ConfigException("slack.enabled is true but NEWSBOT_SLACK_BOT_TOKEN is not set; set it or set slack.enabled to auto or false.");
        }
        if (on && mode.equals("socket") && secrets.slackAppToken().isEmpty()) {
            throw new ConfigException("slack.mode is socket but NEWSBOT_SLACK_APP_TOKEN (xapp-...) is not set; set it or use slack.mode http.");
        }
        if (on && mode.equals("http")) {
            if (secrets.slackSigningSecret().isEmpty()) {
                throw new ConfigException("slack.mode is http but NEWSBOT_SLACK_SIGNING_SECRET is not set.");
            }
            if (http.port() == 0) throw c.wrong("http.port", "0", "a port from 1 to 65535 when slack.mode is http");
        }
        String apiUrl = c.string("slack.api-url");
        return new Slack(on, mode, apiUrl.endsWith("/") ? apiUrl : apiUrl + "/", c.string("slack.events-path"));
    }
}
