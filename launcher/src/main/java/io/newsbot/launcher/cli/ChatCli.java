package io.newsbot.launcher.cli;

import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.console.ConsoleChat;
import io.newsbot.launcher.console.ConsoleMessenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsbot chat}: the console chat. */
@Command(name = "chat", description = "Chat with the bot in this terminal.")
public final class ChatCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() throws Exception {
        try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
            // Loaded while the user reads the greeting and types, rather than before the greeting.
            core.loadModelInBackground();
            new ConsoleChat(core.bot(), new ConsoleMessenger(System.out), core.clock(), core.settings().dataDir().resolve("chat-history"),
                core.digestThreads())
                    .run(greeting(core));
        }
        return 0;
    }

    static String greeting(NewsbotCore core) {
        return "newsbot: " + core.articles().count() + " articles, ready.";
    }
}
