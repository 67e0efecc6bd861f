package io.newsbot.article;

import java.time.Instant;

/**
 * A place articles come from, added by an admin: a file or directory, a web page, or a feed.
 *
 * @param id          the store's id
 * @param kind        what it is
 * @param location    its path or URL
 * @param addedBy     the user key of who added it
 * @param lastFetchAt when it was last read, or {@code null}
 * @param lastError   what went wrong the last time, or empty
 * @param articles    how many stored articles came from it
 */
public record Source(long id, Kind kind, String location, String addedBy, Instant lastFetchAt, String lastError, long articles) {

    /** The kinds of sources newsbot reads. */
    public enum Kind { FILE, URL, FEED }
}
