package io.newsbot.launcher.console;

import io.newsbot.command.Bot;
import io.newsbot.digest.DigestThreads;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The in-process adapter: a chat at the terminal, through the same {@link Bot} as Telegram and Slack. Has
 * line editing and history on a terminal, and reads plain lines when input is piped. The person here is the
 * operator: an admin, and not rate-limited.
 */
public final class ConsoleChat {
    public static final String PLATFORM = "console";
    public static final ChatRef CHAT = new ChatRef(PLATFORM, "local", ChatType.PRIVATE);
    public static final Sender USER = new Sender(PLATFORM, "local-user", "you");
    private static final String PROMPT = "you> ";

    private final Bot bot;
    private final Messenger out;
    private final Clock clock;
    private final Path history;
    private final DigestThreads digests;
    /** The digest the questions typed now reply to, as the console's "thread": from a digest shown until the next /command. */
    private String digestThread;
    private int digestsShown;

    public ConsoleChat(Bot bot, Messenger out, Clock clock, Path history) {
        this(bot, out, clock, history, DigestThreads.NONE);
    }

    /** @param digests where the digests shown here are kept, so that the questions after one are asked about it */
    public ConsoleChat(Bot bot, Messenger out, Clock clock, Path history, DigestThreads digests) {
        this.bot = bot;
        this.out = out;
        this.clock = clock;
        this.history = history;
        this.digests = digests;
    }

    /** Runs until the user types /quit or closes the input. */
    public void run(String greeting) throws IOException {
        System.out.println(greeting);
        System.out.println("Type a question, /help for commands, /quit to leave.");
        if (System.console() == null) {
            runPiped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("newsbot")
                    .variable(LineReader.HISTORY_FILE, history).build();
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return;
                }
                if (!handle(line)) return;
            }
        }
    }

    /** Reads piped lines, echoing each (made inert: the input may hold escape sequences) so a transcript reads like a chat. */
    void runPiped(BufferedReader in, PrintStream echo) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            echo.println(PROMPT + TerminalText.safe(line));
            if (!handle(line)) return;
        }
    }

    /**
     * Hands one line to the bot. An empty or blank line is ignored quietly, at a terminal and in piped input alike, as
     * pressing Enter at a shell prompt is: it asks nothing.
     *
     * @return false when the user asked to leave
     */
    boolean handle(String line) {
        String text = line.strip();
        if (text.equalsIgnoreCase("/quit") || text.equalsIgnoreCase("/exit")) return false;
        if (text.isEmpty()) return true;
        // The console has no replies to point at a message: the questions after a digest are its thread, until a /command.
        if (text.startsWith("/")) digestThread = null;
        bot.handle(new InboundMessage(CHAT, USER, text, null, clock.instant(), digestThread)).ifPresent(reply -> {
            out.send(CHAT, null, reply);
            if (reply.kind() == Reply.Kind.DIGEST) {
                digestThread = "console-" + clock.millis() + "-" + (++digestsShown);
                digests.sent(CHAT, digestThread, reply, clock.instant());
            }
        });
        return true;
    }
}
