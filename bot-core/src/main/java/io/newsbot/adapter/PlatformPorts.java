package io.newsbot.adapter;

import io.newsbot.command.Bot;
import io.newsbot.command.Command;
import io.newsbot.digest.DigestThreads;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.outbox.Outbox;
import io.newsbot.store.ChatStore;
import io.newsbot.store.EventLedger;
import io.newsbot.store.Leases;
import io.newsbot.store.Settings;
import io.newsbot.store.Transactions;
import java.util.Collection;

/**
 * What a chat-platform adapter uses of the core, and nothing more: the bot that answers messages, the commands it
 * offers (for a platform's command menu), and the stores that delivering a reply exactly once touches. The
 * composition root hands one to each adapter; a test can hand one made of fakes.
 */
public interface PlatformPorts {
    /** Answers an inbound message. */
    Bot bot();

    /** The commands the bot understands, in the order they were registered. */
    Collection<Command> commands();

    /** The chats the bot has seen, with what it learned of them (kind, whether it was removed). */
    ChatStore chats();

    /** Commits an event's claim and its queued reply together. */
    Transactions transactions();

    /** The platform events already claimed, so that none is answered twice. */
    EventLedger events();

    /** Replies and digests waiting to be delivered. */
    Outbox outbox();

    /** Leases, such as the one that lets a single instance poll a platform. */
    Leases leases();

    /** Small named values kept in the store, such as a platform's polling offset. */
    Settings values();

    /** This process's name among the instances sharing the store. */
    String instanceId();

    /** Votes on answers, which the platforms' 👍/👎 buttons record. */
    FeedbackStore feedback();

    /** Which sent messages carry which digest, so that a reply to one is asked about it. */
    DigestThreads digestThreads();
}
