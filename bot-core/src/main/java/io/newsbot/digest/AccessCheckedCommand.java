package io.newsbot.digest;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.util.Objects;

/**
 * A command that changes what a chat receives (its digest, its watches), run only for a sender {@link SubscriptionAccess}
 * lets do so: the permission is checked here once for every such command rather than at the top of each.
 *
 * @param command the command it guards
 * @param access  who may change the chat
 * @param action  what is refused, for the refusal's sentence ("set watches")
 */
public record AccessCheckedCommand(Command command, SubscriptionAccess access, String action) implements Command {
    public AccessCheckedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(access, "access");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("action must name what is refused");
    }

    @Override
    public String name() {
        return command.name();
    }

    @Override
    public String arguments() {
        return command.arguments();
    }

    @Override
    public String summary() {
        return command.summary();
    }

    @Override
    public Reply run(CommandContext context) {
        return access.refusal(context, action).orElseGet(() -> command.run(context));
    }
}
