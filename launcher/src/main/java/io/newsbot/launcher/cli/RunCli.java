package io.newsbot.launcher.cli;

import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.BotRuntime;
import io.newsbot.launcher.config.NewsbotConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsbot run} (the default): Telegram and Slack when configured, else the console chat. */
@Command(name = "run", description = "Start the bot: Telegram and/or Slack when their tokens are set, else the console chat.")
public final class RunCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        NewsbotConfig config = global.load(System.getenv());
        NewsbotCore core = GlobalOptions.open(config);
        BotRuntime runtime = new BotRuntime(config, core);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "newsbot-shutdown"));
        runtime.start();
        if (runtime.hasPlatforms()) {
            runtime.awaitShutdown();
        } else {
            runtime.consoleChat(ChatCli.greeting(core) + " No Telegram or Slack token is set, so this is the console chat.");
            runtime.close();
        }
        return 0;
    }

}
