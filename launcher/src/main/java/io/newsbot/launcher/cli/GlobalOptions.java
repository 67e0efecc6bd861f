package io.newsbot.launcher.cli;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.config.NewsbotConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes: which configuration and which data directory. */
public final class GlobalOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "configuration file (default: ./config/newsbot.yml if present, or $NEWSBOT_CONFIG)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory, overriding data-dir")
    Path data;

    @Option(names = "--no-demo", description = "do not ingest the demo articles into an empty store")
    boolean noDemo;

    /** Loads and checks the configuration, applying the command-line overrides. */
    public NewsbotConfig load(Map<String, String> env) {
        Path file = config;
        if (file == null && env.containsKey("NEWSBOT_CONFIG")) file = Path.of(env.get("NEWSBOT_CONFIG"));
        if (file == null && Files.isRegularFile(Path.of("config", "newsbot.yml"))) file = Path.of("config", "newsbot.yml");
        NewsbotConfig c = NewsbotConfig.load(file, env);
        io.newsbot.launcher.Logging.configure(c.logFormat());
        CoreSettings core = c.core();
        if (data != null || noDemo) {
            core = new CoreSettings(data != null ? data : core.dataDir(), core.embeddingModel(), core.chunkWords(), core.coverage(),
                    core.fusion(), core.zone(), core.maxQuestionChars(), core.userPerMinute(), core.chatPerMinute(), core.admins(),
                    core.fetch(), core.seedDemo() && !noDemo, core.limits());
        }
        return new NewsbotConfig(core, c.logFormat(), c.llm(), c.feedPollMinutes(), c.http(), c.telegram(), c.slack(),
                c.digestEmptyDay(), c.secrets(), c.store(), c.answerDeadline());
    }

    /** Opens the core for a configuration. */
    public static NewsbotCore open(NewsbotConfig config) {
        NewsbotConfig.Llm llm = config.llm();
        var model = llm.provider().equals("none") ? null
                : io.newsbot.answer.LanguageModels.create(llm.provider(), llm.baseUrl(), llm.model(), config.secrets().llmApiKey(), llm.timeout());
        return NewsbotCore.open(config.core(), config.store(), Clock.systemUTC(), model);
    }
}
