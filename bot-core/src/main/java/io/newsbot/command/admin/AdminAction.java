package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;

/**
 * One {@code /admin} sub-command, such as {@code sources} or {@code grant}. Runs only for admins:
 * {@link AdminCommand} has checked that, and audits what the action reports.
 */
interface AdminAction {
    /** The word after {@code /admin}, lower case. */
    String name();

    /** What follows the name, for help; empty when nothing does. */
    String arguments();

    /** One line saying what it does. */
    String summary();

    /** Runs with {@link CommandContext#args()} holding what follows the sub-command's name. */
    AdminResult run(CommandContext context);
}
