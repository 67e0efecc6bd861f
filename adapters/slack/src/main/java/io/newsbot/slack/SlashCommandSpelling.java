package io.newsbot.slack;

import io.newsbot.platform.Reply;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack has one slash command for the app, {@code /newsbot}, where the core has many ({@code /ask},
 * {@code /latest}, ...). This translates between the two: {@code /newsbot ask X} becomes the core's
 * {@code /ask X}, and the core's help and error texts name {@code /newsbot ask} instead of {@code /ask}.
 */
public final class SlashCommandSpelling {
    /** The slash command the app manifest declares. */
    public static final String COMMAND = "/newsbot";
    /** The subcommands the app manifest advertises: always commands, so a missing one is reported as unknown, not read as a question. */
    static final Set<String> ADVERTISED = Set.of("ask", "sources", "latest", "digest", "subscribe", "unsubscribe", "subscriptions", "help", "admin");
    private static final Set<Reply.Kind> ABOUT_COMMANDS = Set.of(Reply.Kind.INFO, Reply.Kind.ERROR, Reply.Kind.REFUSED);
    private final Supplier<? extends Collection<String>> commandNames;

    /** @param commandNames the names of the core's commands, read on every use since commands can be added at start-up */
    public SlashCommandSpelling(Supplier<? extends Collection<String>> commandNames) {
        this.commandNames = commandNames;
    }

    /**
     * The core's text for what followed {@code /newsbot}: a command word (advertised, or known to the core)
     * becomes that command, nothing becomes {@code /help}, and anything else is a question.
     */
    public String toCore(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return "/help";
        if (t.startsWith("/")) return t;
        String[] parts = t.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        if (!ADVERTISED.contains(word) && !commandNames.get().contains(word)) return t;
        return "/" + word + (parts.length > 1 ? " " + parts[1] : "");
    }

    /** The reply with the core's commands spelled as Slack users type them. Answers and digests (article text) stay as they are. */
    public Reply toSlack(Reply reply) {
        if (!ABOUT_COMMANDS.contains(reply.kind())) return reply;
        Collection<String> names = commandNames.get();
        if (names.isEmpty()) return reply;
        Pattern command = Pattern.compile("(?<![\\w/])/(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b");
        List<Reply.Section> sections = reply.sections().stream()
                .map(s -> new Reply.Section(respell(s.heading(), command), s.items().stream()
                        .map(i -> new Reply.Item(respell(i.speaker(), command), respell(i.text(), command), i.citations())).toList()))
                .toList();
        return new Reply(reply.kind(), respell(reply.intro(), command), sections, reply.citations(), reply.answerId());
    }

    private static String respell(String text, Pattern command) {
        Matcher m = command.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(COMMAND + " " + r.group(1)));
    }
}
