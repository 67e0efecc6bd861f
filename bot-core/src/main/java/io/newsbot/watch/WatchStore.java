package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import java.util.List;
import java.util.Optional;

/** The chats' watches. */
public interface WatchStore {
    /** Stores a new watch and returns it with its id. */
    Watch add(Watch watch);

    /** The chat's watches, oldest first: the order {@code /watches} numbers them in. */
    List<Watch> forChat(ChatRef chat);

    Optional<Watch> byId(long id);

    /** @return false when there was no such watch in that chat */
    boolean remove(ChatRef chat, long id);

    /** Every watch, for matching new articles. */
    List<Watch> all();
}
