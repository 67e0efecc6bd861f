package io.newsbot.telegram;

/**
 * How a reply reaches its place in a Telegram chat beyond the chat and topic, as the outbox keeps it: the message it
 * replies to (the question, in groups). Written {@code reply_to=42}, or empty.
 */
final class TelegramRoute {
    private static final String REPLY_TO = "reply_to=";

    private TelegramRoute() {
    }

    static String replyingTo(Integer messageId) {
        return messageId == null ? "" : REPLY_TO + messageId;
    }

    /** The message to reply to, or {@code null}. */
    static Integer replyTo(String route) {
        if (route == null || !route.startsWith(REPLY_TO)) return null;
        try {
            return Integer.valueOf(route.substring(REPLY_TO.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
