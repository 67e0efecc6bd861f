package io.newsbot.platform;

/** A reply could not be delivered. {@link #chatGone()} tells that the bot was removed or blocked there. */
public class DeliveryException extends RuntimeException {
    private final boolean chatGone;

    public DeliveryException(String message, boolean chatGone, Throwable cause) {
        super(message, cause);
        this.chatGone = chatGone;
    }

    public boolean chatGone() {
        return chatGone;
    }
}
