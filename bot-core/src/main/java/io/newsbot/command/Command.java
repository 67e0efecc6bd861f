package io.newsbot.command;

import io.newsbot.platform.Reply;

/** One chat command, such as {@code /ask} or {@code /admin stats}. */
public interface Command {
    /** The name typed after the slash, lower case. */
    String name();

    /** What follows the name, for help: "QUESTION", "HH:MM [Area/City]". Empty when nothing does. */
    String arguments();

    /** One line saying what it does. */
    String summary();

    Reply run(CommandContext context);
}
