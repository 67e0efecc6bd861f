package io.newsbot.launcher;

import io.newsbot.NewsbotCore;
import io.newsbot.launcher.config.ConfigException;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.platform.PlatformAdapter;
import io.newsbot.slack.SlackAdapter;
import io.newsbot.slack.SlackSettings;
import io.newsbot.telegram.TelegramAdapter;
import io.newsbot.telegram.TelegramSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the chat-platform adapters the configuration enables. */
final class Adapters {
    private Adapters() {
    }

    static List<PlatformAdapter> create(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        List<PlatformAdapter> adapters = new ArrayList<>();
        if (config.telegram().enabled()) adapters.add(telegram(config, core, http));
        if (config.slack().enabled()) adapters.add(slack(config, core, http));
        return adapters;
    }

    private static SlackAdapter slack(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        NewsbotConfig.Slack s = config.slack();
        SlackSettings settings = new SlackSettings(SlackSettings.Mode.of(s.mode()), s.apiUrl(), s.eventsPath(), config.secrets().slackBotToken(),
                config.secrets().slackAppToken(), config.secrets().slackSigningSecret());
        SlackAdapter slack = new SlackAdapter(settings, core, pool("slack"));
        if (settings.mode() == SlackSettings.Mode.HTTP) http.route(s.eventsPath(), slack.eventsHandler());
        return slack;
    }

    /** Telegram: long polling, or a webhook mounted on the HTTP server at telegram.webhook-path. */
    private static PlatformAdapter telegram(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        NewsbotConfig.Telegram t = config.telegram();
        TelegramSettings settings;
        try {
            URI api = URI.create(t.apiUrl());
            settings = t.mode().equals("webhook")
                    ? TelegramSettings.webhook(config.secrets().telegramToken(), api, t.webhookUrl(), config.secrets().telegramWebhookSecret())
                    : TelegramSettings.polling(config.secrets().telegramToken(), api);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("The Telegram settings are not usable: " + e.getMessage() + ".");
        }
        TelegramAdapter adapter = TelegramAdapter.create(settings, core, pool("telegram"));
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) http.route(t.webhookPath(), adapter.webhook());
        return adapter;
    }

    /** The worker threads of one adapter; the adapter owns the pool and drains it on close. */
    private static ExecutorService pool(String platform) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsbot-" + platform + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
