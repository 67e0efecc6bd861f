package io.newsbot.command;

import io.newsbot.platform.InboundMessage;
import java.util.Objects;

/**
 * What a command runs with.
 *
 * @param message the message that invoked it
 * @param args    the text after the command name, stripped
 * @param admin   whether the sender is a bot admin
 */
public record CommandContext(InboundMessage message, String args, boolean admin) {
    public CommandContext {
        Objects.requireNonNull(message, "message");
        args = args == null ? "" : args.strip();
    }
}
