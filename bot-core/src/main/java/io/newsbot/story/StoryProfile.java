package io.newsbot.story;

import java.time.Instant;
import java.util.Objects;

/**
 * What story grouping knows of an article, computed once when it arrives: its words and the names it mentions,
 * weighted by how rare they were then, and its meaning as a vector. Stored beside the article so that later
 * arrivals are compared with it without reading or embedding it again.
 *
 * @param articleId the article's id in the store
 * @param outlet    who published it, may be empty
 * @param published when it was published, or {@code null} when unknown (no time window applies to it then)
 * @param words     its stemmed content words and numbers
 * @param names     the names it mentions, each marked with a leading {@code @}
 * @param vector    the mean of its chunks' embeddings scaled to unit length, or empty when there is none
 * @param year      the year of the event it reports: the publication year, or when that is unknown the year its
 *                  text mentions most; 0 when neither is known
 */
public record StoryProfile(long articleId, String outlet, Instant published, TermVector words, TermVector names, float[] vector, int year) {
    public StoryProfile {
        outlet = outlet == null ? "" : outlet;
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(names, "names");
        vector = Objects.requireNonNull(vector, "vector").clone();
        if (year < 0) throw new IllegalArgumentException("year must not be negative");
    }

    /** A profile whose event year is its publication year (unknown when it has no date). */
    public StoryProfile(long articleId, String outlet, Instant published, TermVector words, TermVector names, float[] vector) {
        this(articleId, outlet, published, words, names, vector, published == null ? 0 : published.atZone(java.time.ZoneOffset.UTC).getYear());
    }

    /**
     * Whether the two report events of different years, as far as can be told without both dates: two dated
     * articles are kept apart by the time window instead (a story running over New Year stays one).
     */
    public boolean yearsDiffer(StoryProfile other) {
        return (published == null || other.published == null) && year != 0 && other.year != 0 && year != other.year;
    }

    public boolean hasVector() {
        return vector.length > 0;
    }

    /** The cosine of the two profiles' vectors, or NaN when either has none. */
    public double vectorCosine(StoryProfile other) {
        if (!hasVector() || !other.hasVector() || vector.length != other.vector.length) return Double.NaN;
        double dot = 0;
        for (int i = 0; i < vector.length; i++) dot += vector[i] * other.vector[i];
        return dot;
    }
}
