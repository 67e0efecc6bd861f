package io.newsbot.launcher;

import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.config.ConfigException;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.adapter.PlatformAdapter;
import io.newsbot.slack.SlackAdapter;
import io.newsbot.slack.SlackSettings;
import io.newsbot.telegram.TelegramAdapter;
import io.newsbot.telegram.TelegramSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import io.newsbot.platform.AdapterResources;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
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
        SlackAdapter slack = new SlackAdapter(settings.withAnswerDeadline(config.answerDeadline()), core, threads("slack", core));
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
        TelegramAdapter adapter = TelegramAdapter.create(settings.withAnswerDeadline(config.answerDeadline()), core, threads("telegram", core));
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) http.route(t.webhookPath(), adapter.webhook());
        return adapter;
    }

    /** The threads of one adapter: answering, sending and its timer; the adapter owns them and stops them on close. */
    private static AdapterResources threads(String platform, NewsbotCore core) {
        return new AdapterResources(core.clock(), Executors.newFixedThreadPool(4, named(platform + "-answer")),
                Executors.newFixedThreadPool(2, named(platform + "-send")), Executors.newScheduledThreadPool(2, named(platform + "-timer")));
    }

    static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsbot-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
