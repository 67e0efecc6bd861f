package io.newsbot.error;

import java.util.Objects;

/**
 * The root of newsbot's own failures: its message is one plain sentence a user can act on (the cause, for the log,
 * goes with it), and its {@link Kind} says what failed, so that the launcher maps it to an exit code without reading
 * the message. Library exceptions are translated into one of these at the edge that calls the library.
 */
public class NewsbotException extends RuntimeException {
    /** What failed. */
    public enum Kind {
        /** A setting is wrong. */
        CONFIG,
        /** The store could not be opened, read or written. */
        STORE,
        /** Something the bot needs for itself (its search index) is held by another running newsbot. */
        IN_USE,
        /** An article or source could not be taken in. */
        INGEST,
        /** A message could not be delivered to a platform. */
        DELIVERY
    }

    private final Kind kind;

    public NewsbotException(Kind kind, String message) {
        this(kind, message, null);
    }

    public NewsbotException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
