package io.newsbot.store;

/** The store could not be opened, read or written. The message is one sentence for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
