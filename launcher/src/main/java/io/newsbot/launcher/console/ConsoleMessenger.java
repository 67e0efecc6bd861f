package io.newsbot.launcher.console;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import java.io.PrintStream;

/** The console's {@link Messenger}: prints replies as plain text, with control characters neutralised. */
public final class ConsoleMessenger implements Messenger {
    private final PrintStream out;

    public ConsoleMessenger(PrintStream out) {
        this.out = out;
    }

    @Override
    public String platform() {
        return ConsoleChat.PLATFORM;
    }

    @Override
    public synchronized void send(ChatRef chat, String threadId, Reply reply) {
        out.println();
        out.println(TerminalText.safe(reply.plainText()));
        out.println();
        out.flush();
    }
}
