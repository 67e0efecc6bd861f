package io.newsbot.store;

import io.newsbot.error.NewsbotException;

/** The store could not be opened, read or written. The message is one sentence for the user. */
public class StoreException extends NewsbotException {
    public StoreException(String message, Throwable cause) {
        super(Kind.STORE, message, cause);
    }
}
