package io.newsbot.store;

import java.time.Instant;
import java.util.List;

/**
 * Chats (by key, {@code platform:chatId}) that may manage their own daily digest when a message speaks as the chat
 * itself, as a Telegram channel's posts do. Scoped to digests: it never makes anyone an admin.
 */
public interface DigestGrants {
    boolean isGranted(String chatKey);

    /** @return false when the chat already had the grant */
    boolean grant(String chatKey, String grantedBy, Instant at);

    /** @return false when the chat had no grant */
    boolean revoke(String chatKey);

    /** Every chat with the grant, by key. */
    List<String> all();
}
