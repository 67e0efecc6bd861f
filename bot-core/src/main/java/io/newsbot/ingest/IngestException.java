package io.newsbot.ingest;

/** Something could not be ingested. The message is one sentence a user can act on. */
public class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
