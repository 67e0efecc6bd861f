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
 */
public record InboundMessage(ChatRef chat, Sender sender, String text, String threadId, Instant receivedAt) {
    public InboundMessage {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
    }

    /** The key of the conversation this message continues: the thread if any, else the chat. */
    public String conversationKey() {
        return threadId == null ? chat.key() : chat.key() + "#" + threadId;
    }
}
