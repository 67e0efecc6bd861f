package io.newsbot.telegram;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Sender;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides which Telegram messages are for the bot and turns them into the core's {@link InboundMessage}.
 * In a private chat every text is for the bot. In a group only {@code /command}, {@code /command@bot}, a
 * message mentioning {@code @bot}, or a reply to one of the bot's messages is; the rest of the group's talk
 * is not. In a channel, commands are (e.g. {@code /subscribe}), posts are not questions. Edits, stickers,
 * photos, joins and other update types are not for the bot. The bot's addressing is removed from the text.
 */
final class InboundTranslator {
    static final String PLATFORM = "telegram";
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\\s|$)(.*)$", Pattern.DOTALL);
    private final BotIdentity me;
    private final Predicate<String> knownCommand;
    private final Pattern mention;

    /** @param knownCommand whether the core has a command of that (lower-case) name */
    InboundTranslator(BotIdentity me, Predicate<String> knownCommand) {
        this.me = me;
        this.knownCommand = knownCommand;
        this.mention = Pattern.compile("(?<![A-Za-z0-9_@])@" + Pattern.quote(me.username()) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
    }

    Optional<Incoming> translate(Update update) {
        if (update.hasMessage()) return fromMessage(update.getMessage(), false);
        if (update.hasChannelPost()) return fromMessage(update.getChannelPost(), true);
        return Optional.empty();
    }

    private Optional<Incoming> fromMessage(Message m, boolean channelPost) {
        if (m.getChat() == null || m.getText() == null || m.getText().isBlank()) return Optional.empty();
        User from = m.getFrom();
        // Other bots are ignored; anonymous group admins also come "from" a bot, but on behalf of a chat.
        if (from != null && Boolean.TRUE.equals(from.getIsBot()) && m.getSenderChat() == null) return Optional.empty();
        ChatType type = type(m.getChat());
        if (type == null) return Optional.empty();
        Optional<String> text = switch (type) {
            case PRIVATE -> Optional.of(unaddressed(m.getText(), true));
            case GROUP -> forGroup(m);
            case CHANNEL -> commandOnly(m.getText());
        };
        return text.map(t -> incoming(m, type, t, channelPost));
    }

    private Optional<String> forGroup(Message m) {
        String text = m.getText().strip();
        Matcher c = COMMAND.matcher(text);
        if (c.matches()) {
            // A bare command for another bot in the group ("/roll") is not ours to answer; ours we answer.
            if (c.group(2) != null) return me.isNamed(c.group(2)) ? Optional.of(command(c)) : Optional.empty();
            return knownCommand.test(c.group(1).toLowerCase(Locale.ROOT)) ? Optional.of(command(c)) : Optional.empty();
        }
        boolean mentioned = mention.matcher(text).find();
        return mentioned || replyToMe(m) ? Optional.of(unaddressed(text, false)) : Optional.empty();
    }

    private boolean replyToMe(Message m) {
        return m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null && m.getReplyToMessage().getFrom().getId() != null
                && m.getReplyToMessage().getFrom().getId() == me.id();
    }

    private Optional<String> commandOnly(String raw) {
        Matcher c = COMMAND.matcher(raw.strip());
        if (!c.matches() || c.group(1).equalsIgnoreCase("ask")) return Optional.empty();
        if (c.group(2) != null ? !me.isNamed(c.group(2)) : !knownCommand.test(c.group(1).toLowerCase(Locale.ROOT))) return Optional.empty();
        return Optional.of(command(c));
    }

    /** The text with "/cmd@bot" shortened to "/cmd" and mentions of the bot removed. */
    private String unaddressed(String raw, boolean anyCommand) {
        String text = raw.strip();
        Matcher c = COMMAND.matcher(text);
        if (c.matches() && (c.group(2) == null || me.isNamed(c.group(2)) || anyCommand)) return command(c);
        // Anywhere in the text: "@bot, what about Syria?", "Hey @bot, what ...", "What did Lavrov say? @bot".
        String stripped = mention.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        // What the mention leaves around it: "Hey , what" and a leading ", what about Syria?".
        return stripped.replaceAll("\\s+([,:;.!?])", "$1").replaceFirst("^[,:;.!\\s]+", "");
    }

    private static String command(Matcher c) {
        return ("/" + c.group(1) + c.group(3)).strip();
    }

    private Incoming incoming(Message m, ChatType type, String text, boolean channelPost) {
        Chat chat = m.getChat();
        ChatRef ref = new ChatRef(PLATFORM, Long.toString(chat.getId()), type);
        Integer topic = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        Instant at = m.getDate() == null ? Instant.EPOCH : Instant.ofEpochSecond(m.getDate());
        // A reply to one of the bot's messages names it: a reply to a digest is a question about that digest.
        Integer repliedTo = replyToMe(m) ? m.getReplyToMessage().getMessageId() : null;
        InboundMessage message = new InboundMessage(ref, sender(m, chat), text, topic == null ? null : topic.toString(), at,
                repliedTo == null ? null : repliedTo.toString());
        Integer replyTo = (type == ChatType.GROUP || repliedTo != null) && !channelPost ? m.getMessageId() : null;
        return new Incoming(message, new Target(chat.getId(), topic, replyTo));
    }

    private static Sender sender(Message m, Chat chat) {
        // Channel posts and anonymous group admins speak as a chat (their "from", if any, is a shared placeholder bot).
        if (m.getSenderChat() != null || m.getFrom() == null || m.getFrom().getId() == null) {
            Chat as = m.getSenderChat() != null ? m.getSenderChat() : chat;
            return new Sender(PLATFORM, Long.toString(as.getId()), as.getTitle());
        }
        User from = m.getFrom();
        String name = Stream.of(from.getFirstName(), from.getLastName()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return new Sender(PLATFORM, Long.toString(from.getId()), name.isEmpty() ? from.getUserName() : name);
    }

    /** The core's kind of chat, or {@code null} for a kind the bot does not serve. */
    static ChatType type(Chat chat) {
        String t = chat.getType() == null ? "" : chat.getType().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "private" -> ChatType.PRIVATE;
            case "group", "supergroup" -> ChatType.GROUP;
            case "channel" -> ChatType.CHANNEL;
            default -> null;
        };
    }
}
