package io.newsbot.launcher;

import io.newsbot.NewsbotCore;
import io.newsbot.launcher.config.ConfigException;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.platform.PlatformAdapter;
import io.newsbot.telegram.TelegramAdapter;
import io.newsbot.telegram.TelegramSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/** Builds the chat-platform adapters the configuration enables. */
final class Adapters {
    private Adapters() {
    }

    static List<PlatformAdapter> create(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        List<PlatformAdapter> adapters = new ArrayList<>();
        if (config.telegram().enabled()) adapters.add(telegram(config, core, http));
        return adapters;
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
        TelegramAdapter adapter = TelegramAdapter.create(settings, core, Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "newsbot-telegram");
            thread.setDaemon(true);
            return thread;
        }));
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) http.route(t.webhookPath(), adapter.webhook());
        return adapter;
    }
}
