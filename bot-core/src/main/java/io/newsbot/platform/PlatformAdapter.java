package io.newsbot.platform;

/**
 * A running connection to one chat platform: receives messages, hands them to the core's bot, and sends
 * replies. The launcher starts each configured adapter and closes it on shutdown.
 */
public interface PlatformAdapter extends AutoCloseable {
    /** The platform's short name, as in {@link ChatRef#platform()}. */
    String platform();

    /** Sends what the core initiates (digests, broadcasts) to this platform. */
    Messenger messenger();

    /** Connects and starts receiving; returns once receiving runs in the background. */
    void start() throws Exception;

    /** Stops receiving, lets in-flight replies finish, and disconnects. */
    @Override
    void close();
}
