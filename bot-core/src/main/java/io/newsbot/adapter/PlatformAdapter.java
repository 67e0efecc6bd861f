package io.newsbot.adapter;

import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.PlatformStatus;

/**
 * A running connection to one chat platform: receives messages, hands them to the core's bot, and sends
 * replies through the outbox. The launcher starts each configured adapter and closes it on shutdown.
 */
public interface PlatformAdapter extends AutoCloseable {
    /** The platform's short name, as in {@link ChatRef#platform()}. */
    String platform();

    /** Sends what the core initiates (digests, broadcasts) to this platform. */
    Messenger messenger();

    /**
     * Starts connecting and receiving in the background, and returns. A platform that cannot be reached, or refuses the
     * token, does not stop the bot: the adapter keeps trying and {@link #status()} says how it stands.
     */
    void start() throws Exception;

    /** Where the connection stands, for {@code /healthz}. */
    PlatformStatus status();

    /** Delivers this platform's replies and digests from the outbox. */
    OutboxSender sender();

    /** Stops receiving, lets in-flight replies finish, and disconnects. */
    @Override
    void close();
}
