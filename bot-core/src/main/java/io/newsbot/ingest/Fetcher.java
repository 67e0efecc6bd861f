package io.newsbot.ingest;

import java.net.URI;

/** Fetches a document from the web for ingestion. */
public interface Fetcher {
    /**
     * A fetched document.
     *
     * @param finalUri    where it was found after redirects
     * @param contentType the Content-Type header, may be empty
     * @param body        the decoded text
     */
    record Fetched(URI finalUri, String contentType, String body) {
    }

    /** @throws IngestException with a sentence for the user when the URL is refused or cannot be fetched */
    Fetched fetch(URI uri);
}
