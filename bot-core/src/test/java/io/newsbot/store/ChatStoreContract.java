package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChatStore} does, whatever it runs on. */
public abstract class ChatStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final ChatRef GROUP = new ChatRef("telegram", "-100123", ChatType.GROUP);
    private static final ChatRef DM = new ChatRef("slack", "D42", ChatType.PRIVATE);
    private ChatStore chats;

    /** A new, empty store. */
    protected abstract ChatStore chats();

    @BeforeEach
    void openStore() {
        chats = chats();
    }

    @Test
    void lists_the_chats_it_has_seen_once_each() {
        chats.seen(GROUP, T0);
        chats.seen(DM, T0);
        chats.seen(GROUP, T0.plusSeconds(5));
        assertThat(chats.active()).containsExactly(DM, GROUP);
    }

    @Test
    void stops_listing_a_deactivated_chat_until_it_is_seen_again() {
        chats.seen(GROUP, T0);
        chats.deactivate(GROUP);
        assertThat(chats.isActive(GROUP)).isFalse();
        assertThat(chats.active()).isEmpty();
        chats.seen(GROUP, T0.plusSeconds(5));
        assertThat(chats.isActive(GROUP)).isTrue();
        assertThat(chats.active()).containsExactly(GROUP);
    }

    @Test
    void counts_an_unknown_chat_as_active() {
        assertThat(chats.isActive(DM)).isTrue();
    }

    @Test
    void keeps_the_latest_chat_type() {
        chats.seen(new ChatRef("telegram", "-100123", ChatType.GROUP), T0);
        chats.seen(new ChatRef("telegram", "-100123", ChatType.CHANNEL), T0);
        assertThat(chats.active()).extracting(ChatRef::type).containsExactly(ChatType.CHANNEL);
    }
}
