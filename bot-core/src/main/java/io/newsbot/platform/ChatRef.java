package io.newsbot.platform;

import java.util.Objects;

/**
 * Where a message came from or goes to: a chat on one platform.
 *
 * @param platform the platform's short name, e.g. {@code console}, {@code telegram}, {@code slack}
 * @param id       the platform's own id of the chat
 * @param type     private chat, group or channel: decides how the bot behaves there
 */
public record ChatRef(String platform, String id, ChatType type) {
    public ChatRef {
        requireText(platform, "platform");
        requireText(id, "id");
        Objects.requireNonNull(type, "type");
    }

    /** The key used to store things per chat. */
    public String key() {
        return platform + ":" + id;
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
