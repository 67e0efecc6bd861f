package io.newsbot.telegram;

/**
 * Where a reply goes in Telegram.
 *
 * @param chatId  the chat
 * @param topicId the forum topic ({@code message_thread_id}), or {@code null}
 * @param replyTo the message to reply to (the question, in groups), or {@code null}
 */
record Target(long chatId, Integer topicId, Integer replyTo) {
}
