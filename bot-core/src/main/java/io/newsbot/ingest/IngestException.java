package io.newsbot.ingest;

import io.newsbot.error.NewsbotException;

/** Something could not be ingested. The message is one sentence a user can act on. */
public class IngestException extends NewsbotException {
    public IngestException(String message) {
        super(Kind.INGEST, message);
    }

    public IngestException(String message, Throwable cause) {
        super(Kind.INGEST, message, cause);
    }
}
