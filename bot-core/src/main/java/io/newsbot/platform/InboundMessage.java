package io.newsbot.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * A message an adapter hands to the core: who wrote what, where, in which thread.
 *
 * @param chat       where it was written
 * @param sender     who wrote it
 * @param text       what was written, with any platform addressing (mentions, /cmd@bot) already removed
 * @param threadId   the conversation thread it belongs to, or {@code null} for the chat's main flow
 * @param receivedAt when the platform says it was sent
 * @param repliesTo  the platform's id of the bot's message this one answers (a Telegram reply's {@code reply_to_message},
 *                   the root of the Slack thread it was written in), or {@code null}: how a question about a digest finds it
 */
public record InboundMessage(ChatRef chat, Sender sender, String text, String threadId, Instant receivedAt, String repliesTo) {
    public InboundMessage {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
        repliesTo = repliesTo == null || repliesTo.isBlank() ? null : repliesTo;
    }

    /** A message that replies to nothing in particular. */
    public InboundMessage(ChatRef chat, Sender sender, String text, String threadId, Instant receivedAt) {
        this(chat, sender, text, threadId, receivedAt, null);
    }

    /** The same message with other text (its addressing or bad characters taken out). */
    public InboundMessage withText(String newText) {
        return new InboundMessage(chat, sender, newText, threadId, receivedAt, repliesTo);
    }

    /** The key of the conversation this message continues: the thread if any, else the chat. */
    public String conversationKey() {
        return threadId == null ? chat.key() : chat.key() + "#" + threadId;
    }
}
