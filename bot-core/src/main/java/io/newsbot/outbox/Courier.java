package io.newsbot.outbox;

import io.newsbot.platform.DeliveryException;

/**
 * Delivers outbox messages to one platform: renders the reply, sends its parts from the first one not yet
 * accepted, and reports each accepted part at once. One try, no retries: the {@link OutboxSender} decides when to
 * try again, from the {@link DeliveryException} it gets.
 */
public interface Courier {
    /** The platform it delivers to, as in {@link io.newsbot.platform.ChatRef#platform()}. */
    String platform();

    /**
     * Sends what is left of the message.
     *
     * @param accepted told after each part the platform accepted, with the number of parts accepted so far and the
     *                 number of parts in all
     * @throws DeliveryException when a part was not accepted; {@link DeliveryException#retryable()} says whether to try again
     */
    void deliver(OutboxMessage message, Accepted accepted) throws DeliveryException;

    /** Told of each part the platform accepted. */
    @FunctionalInterface
    interface Accepted {
        /**
         * @throws LeaseLost when this sender no longer holds the message: the courier must stop sending it
         */
        void parts(int accepted, int total);
    }

    /** Another sender took the message over (this one was too slow): stop sending it. */
    final class LeaseLost extends RuntimeException {
        public LeaseLost(long id) {
            super("outbox message " + id + " was taken over by another sender");
        }
    }
}
