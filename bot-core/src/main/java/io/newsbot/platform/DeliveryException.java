package io.newsbot.platform;

import io.newsbot.error.NewsbotException;
import java.time.Duration;
import java.util.Optional;

/**
 * A reply could not be delivered. {@link #chatGone()} tells that the bot was removed or blocked there;
 * {@link #retryable()} that trying again later may work (the platform was unreachable, overloaded or rate-limited),
 * and {@link #retryAfter()} how long the platform asked to wait, when it said.
 */
public class DeliveryException extends NewsbotException {
    private final boolean chatGone;
    private final boolean retryable;
    private final Duration retryAfter;

    /** A failure that trying again will not fix. */
    public DeliveryException(String message, boolean chatGone, Throwable cause) {
        this(message, chatGone, false, null, cause);
    }

    private DeliveryException(String message, boolean chatGone, boolean retryable, Duration retryAfter, Throwable cause) {
        super(Kind.DELIVERY, message, cause);
        this.chatGone = chatGone;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * A failure that may pass: the platform could not be reached, answered a server error, or rate-limited us.
     *
     * @param retryAfter the wait the platform asked for, or {@code null} when it named none
     */
    public static DeliveryException transientFailure(String message, Duration retryAfter, Throwable cause) {
        if (retryAfter != null && retryAfter.isNegative()) throw new IllegalArgumentException("retryAfter must not be negative");
        return new DeliveryException(message, false, true, retryAfter, cause);
    }

    public boolean chatGone() {
        return chatGone;
    }

    /** Whether the same message may get through later. */
    public boolean retryable() {
        return retryable;
    }

    /** The wait the platform asked for before the next try, if it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
