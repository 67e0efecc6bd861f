package io.newsbot.launcher;

import io.newsbot.NewsbotCore;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.platform.PlatformAdapter;
import io.newsbot.slack.SlackAdapter;
import io.newsbot.slack.SlackSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the chat-platform adapters the configuration enables. */
final class Adapters {
    private Adapters() {
    }

    static List<PlatformAdapter> create(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        List<PlatformAdapter> adapters = new ArrayList<>();
        if (config.slack().enabled()) adapters.add(slack(config, core, http));
        return adapters;
    }

    private static SlackAdapter slack(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        NewsbotConfig.Slack s = config.slack();
        SlackSettings settings = new SlackSettings(SlackSettings.Mode.of(s.mode()), s.apiUrl(), s.eventsPath(), config.secrets().slackBotToken(),
                config.secrets().slackAppToken(), config.secrets().slackSigningSecret());
        AtomicInteger n = new AtomicInteger();
        SlackAdapter slack = new SlackAdapter(settings, core, Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newsbot-slack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
        if (settings.mode() == SlackSettings.Mode.HTTP) http.route(s.eventsPath(), slack.eventsHandler());
        return slack;
    }
}
