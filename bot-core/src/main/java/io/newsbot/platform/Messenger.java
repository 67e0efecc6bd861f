package io.newsbot.platform;

/**
 * Sends a structured reply to a chat. Each adapter renders and escapes it for its platform.
 * Used by the core for what it sends on its own: digests, broadcasts, progress of long admin tasks.
 */
public interface Messenger {

    /** The platform this messenger sends to, as in {@link ChatRef#platform()}. */
    String platform();

    /**
     * Sends the reply.
     *
     * @param threadId the thread to answer in, or {@code null}
     * @throws DeliveryException when the platform refused it or could not be reached after retries
     */
    void send(ChatRef chat, String threadId, Reply reply) throws DeliveryException;
}
