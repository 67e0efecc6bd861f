package io.newsbot.launcher;

import io.newsbot.error.NewsbotException;
import io.newsbot.launcher.cli.AskCli;
import io.newsbot.launcher.cli.ChatCli;
import io.newsbot.launcher.cli.IngestCli;
import io.newsbot.launcher.cli.MigrateCli;
import io.newsbot.launcher.cli.QuotesCli;
import io.newsbot.launcher.cli.ReindexCli;
import io.newsbot.launcher.cli.RunCli;
import io.newsbot.launcher.cli.SearchCli;
import io.newsbot.launcher.cli.StoriesCli;
import io.newsbot.launcher.cli.SummarizeCli;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsbot} command: the bot, the console chat, and tools for scripts. */
@Command(name = "newsbot", mixinStandardHelpOptions = true, version = "newsbot 0.1.0",
        description = "Answers questions about news articles, in the console, Telegram and Slack.",
        subcommands = {RunCli.class, ChatCli.class, AskCli.class, SearchCli.class, QuotesCli.class, IngestCli.class, ReindexCli.class,
                MigrateCli.class, SummarizeCli.class, StoriesCli.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        // No subcommand: run the bot (console chat when no platform is configured).
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 a clear error, 2 bad usage. */
    public static int execute(String... args) {
        Logging.configure(System.getenv().getOrDefault("NEWSBOT_LOG_FORMAT", "text").equalsIgnoreCase("json") ? "json" : "text");
        String[] effective = args.length == 0 || args[0].startsWith("--") && !isHelpOrVersion(args[0]) ? prepend("run", args) : args;
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(effective);
    }

    private static boolean isHelpOrVersion(String a) {
        return a.equals("--help") || a.equals("--version") || a.equals("-h") || a.equals("-V");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return failed(e, cmd.getErr());
    }

    /** Newsbot's own failures are one line (their cause at debug) and an exit code by kind; anything else is a bug. */
    static int failed(Exception e, PrintWriter err) {
        if (e instanceof NewsbotException known) {
            err.println("newsbot: " + known.getMessage());
            LoggerFactory.getLogger(Main.class).debug("Details", e);
            return exitCode(known.kind());
        }
        LoggerFactory.getLogger(Main.class).error("Unexpected failure", e);
        err.println("newsbot: unexpected error: " + e + " (the log above has the details)");
        return 70;
    }

    /** Every failure newsbot can name is "a clear error" today; the kinds let scripts be told apart later without parsing text. */
    static int exitCode(NewsbotException.Kind kind) {
        return switch (kind) {
            case CONFIG, STORE, IN_USE, INGEST, DELIVERY -> 1;
        };
    }
}
