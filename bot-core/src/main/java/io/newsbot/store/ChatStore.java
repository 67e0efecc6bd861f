package io.newsbot.store;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.List;

/** The chats newsbot has seen, and whether it can still post there. */
public interface ChatStore {
    /** Records the chat if new, and marks it active again if the bot is back there. */
    void seen(ChatRef chat, Instant at);

    /** Marks the chat inactive: the bot was removed or blocked there. */
    void deactivate(ChatRef chat);

    boolean isActive(ChatRef chat);

    /** Every active chat, for broadcasts. */
    List<ChatRef> active();
}
