package io.newsbot.watch;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A platform's messenger that keeps what it was given, and can be told to fail the next sends. */
final class Recorder implements Messenger {
    record Sent(ChatRef chat, Reply reply) {
    }

    private final String platform;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    Recorder(String platform) {
        this.platform = platform;
    }

    void failNext(int times) {
        failuresLeft.set(times);
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public void send(ChatRef chat, String threadId, Reply reply) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) throw DeliveryException.transientFailure("Bad Gateway", null, null);
        sent.add(new Sent(chat, reply));
    }
}
