package io.newsbot.outbox;

import io.newsbot.platform.Messenger;

/**
 * Delivers outbox messages through a {@link Messenger}, each as one part: for a platform whose messages cannot be
 * half-sent, such as the console.
 */
public final class MessengerCourier implements Courier {
    private final Messenger messenger;

    public MessengerCourier(Messenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public String platform() {
        return messenger.platform();
    }

    @Override
    public void deliver(OutboxMessage message, Accepted accepted) {
        messenger.send(message.outgoing().chat(), message.outgoing().threadId(), message.outgoing().reply());
        accepted.parts(1, 1);
    }
}
