package io.newsbot.launcher.console;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import java.io.PrintStream;

/**
 * The console's {@link Messenger}: prints replies as plain text, with control characters neutralised. An answer that
 * can be rated ends with "rate: /good /bad", the console's form of the platforms' 👍 / 👎 buttons.
 */
public final class ConsoleMessenger implements Messenger {
    private final PrintStream out;

    public ConsoleMessenger(PrintStream out) {
        this.out = out;
    }

    @Override
    public String platform() {
        return ConsoleChat.PLATFORM;
    }

    /** The line under a rateable answer; "/bad N" names it once later answers have followed. */
    static String rateLine(long answerId) {
        return "rate: /good /bad   (answer " + answerId + ")";
    }

    @Override
    public synchronized void send(ChatRef chat, String threadId, Reply reply) {
        out.println();
        out.println(TerminalText.safe(reply.plainText()));
        if (reply.answerId() != null) out.println(rateLine(reply.answerId()));
        out.println();
        out.flush();
    }
}
