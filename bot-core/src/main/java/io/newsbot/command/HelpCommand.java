package io.newsbot.command;

import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code /help}: the commands, with examples of questions. */
public final class HelpCommand implements Command {
    private final Supplier<List<Command>> commands;

    public HelpCommand(Supplier<List<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "what I can do";
    }

    @Override
    public Reply run(CommandContext context) {
        List<Reply.Item> items = new ArrayList<>();
        for (Command c : commands.get()) {
            if (c.name().equals("admin") && !context.admin()) continue;
            String usage = "/" + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
            items.add(new Reply.Item(usage, c.summary(), List.of()));
        }
        List<Reply.Item> examples = List.of(Reply.Item.plain("What was said about Syria?"), Reply.Item.plain("What did Lavrov say?"),
                Reply.Item.plain("What's new on North Korea this week?"), Reply.Item.plain("And what about Ukraine?"));
        return new Reply(Reply.Kind.INFO, "Ask me about the news in plain words, or use a command.",
                List.of(new Reply.Section("Commands", items), new Reply.Section("Try asking", examples)), List.of());
    }
}
