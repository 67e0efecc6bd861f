package io.newsbot.launcher;

import io.newsbot.NewsbotCore;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.ops.HealthServer;
import io.newsbot.platform.PlatformAdapter;
import java.util.ArrayList;
import java.util.List;

/** Builds the chat-platform adapters the configuration enables. */
final class Adapters {
    private Adapters() {
    }

    static List<PlatformAdapter> create(NewsbotConfig config, NewsbotCore core, HealthServer http) {
        List<PlatformAdapter> adapters = new ArrayList<>();
        return adapters;
    }
}
