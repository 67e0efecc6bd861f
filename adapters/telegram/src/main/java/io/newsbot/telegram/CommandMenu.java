package io.newsbot.telegram;

import io.newsbot.command.Command;
import java.util.Collection;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows next to the message field, from the core's commands. Admin commands stay
 * usable but are left out of the menu everyone sees, as {@code /help} leaves them out for non-admins.
 */
final class CommandMenu {
    private CommandMenu() {
    }

    static SetMyCommands of(Collection<Command> commands) {
        List<BotCommand> menu = commands.stream()
                .filter(c -> c.name().matches("[a-z0-9_]{1,32}") && !c.name().equals("admin"))
                .map(c -> new BotCommand(c.name(), description(c)))
                .toList();
        return new SetMyCommands(menu);
    }

    private static String description(Command c) {
        String d = c.summary().isBlank() ? c.name() : c.summary().strip();
        return d.length() <= 256 ? d : d.substring(0, 255) + "…";
    }
}
