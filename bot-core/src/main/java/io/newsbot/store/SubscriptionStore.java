package io.newsbot.store;

import io.newsbot.platform.ChatRef;
import java.util.List;
import java.util.Optional;

/** The chats' daily digest subscriptions, one per chat. */
public interface SubscriptionStore {
    /** Adds the chat's subscription, or replaces the one it had. */
    void put(Subscription subscription);

    Optional<Subscription> find(ChatRef chat);

    /** @return false when the chat had no subscription */
    boolean remove(ChatRef chat);

    /** Every subscription, for the scheduler. */
    List<Subscription> all();
}
