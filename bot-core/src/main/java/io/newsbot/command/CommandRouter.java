package io.newsbot.command;

import io.newsbot.answer.QuestionNormaliser;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a message to its command: {@code /name args} to the named command, plain text to {@code ask}, except plain
 * words asking for help ("help", "what can you do?"), which get {@code help}, and a greeting alone, which gets
 * {@code start}. The same router serves the console, Telegram and Slack.
 */
public final class CommandRouter {
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z][A-Za-z0-9_-]{0,31})(?:@\\S+)?(?:\\s+(.*))?$", Pattern.DOTALL);
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Access access;
    private final SmallTalk smallTalk = new SmallTalk(new QuestionNormaliser());

    public CommandRouter(Access access) {
        this.access = access;
    }

    public CommandRouter register(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    public Collection<Command> commands() {
        return commands.values();
    }

    public Reply route(InboundMessage message) {
        String text = message.text().strip();
        Matcher m = COMMAND.matcher(text);
        if (!text.startsWith("/")) return plain(message, text);
        if (!m.matches()) return unknown(text.split("\\s+", 2)[0]);
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!commands.containsKey(name)) return unknown("/" + m.group(1));
        return run(name, message, m.group(2));
    }

    private Reply plain(InboundMessage message, String text) {
        return switch (smallTalk.read(text)) {
            case HELP -> run(commands.containsKey("help") ? "help" : "ask", message, "");
            case GREETING -> run(commands.containsKey("start") ? "start" : "ask", message, "");
            case THANKS -> Reply.info("You're welcome! Ask me anything else about the news.");
            case NOTHING -> run("ask", message, "");
            case QUESTION -> run("ask", message, text);
        };
    }

    private Reply run(String name, InboundMessage message, String args) {
        return commands.get(name).run(new CommandContext(message, args, access.isAdmin(message.sender())));
    }

    private static Reply unknown(String command) {
        // Cut by code points: cutting by chars could split an emoji into a lone surrogate no platform can send.
        String shown = command.codePointCount(0, command.length()) > 40 ? command.substring(0, command.offsetByCodePoints(0, 40)) + "…" : command;
        return Reply.text(Reply.Kind.ERROR, "I don't know the command " + shown + ". Send /help to see what I can do.");
    }
}
