package io.newsbot.testing;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.util.Objects;
import java.util.function.Function;

/**
 * A command registered by a test ({@code /slowtest}, {@code /testdigest}), answering as the test says.
 *
 * @param name   the name typed after the slash
 * @param answer what it replies
 */
public record TestCommand(String name, Function<CommandContext, Reply> answer) implements Command {
    public TestCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "test only";
    }

    @Override
    public Reply run(CommandContext context) {
        return answer.apply(context);
    }
}
