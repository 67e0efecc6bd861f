package io.newsbot.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps the configured sources. */
public interface SourceStore {
    /** Adds the source, or returns the existing one with the same location (made active again, with this kind, if it was removed). */
    Source add(Source.Kind kind, String location, String addedBy, Instant at);

    List<Source> all();

    List<Source> feeds();

    Optional<Source> byId(long id);

    boolean remove(long id);

    void recordFetch(long id, Instant at, String error);
}
