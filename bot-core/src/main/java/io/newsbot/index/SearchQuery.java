package io.newsbot.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What to search for.
 *
 * @param text   the words to match lexically
 * @param vector the query's embedding, or {@code null} for lexical search alone
 * @param k      how many passages to return
 * @param filter which articles may match
 */
public record SearchQuery(String text, float[] vector, int k, Filter filter) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (k < 1) throw new IllegalArgumentException("k must be at least 1");
        filter = filter == null ? Filter.NONE : filter;
    }

    /**
     * Restricts a search to a publication window, to some publishers and to some articles.
     *
     * @param from       earliest publication time, inclusive, or {@code null}
     * @param to         latest publication time, exclusive, or {@code null}
     * @param publishers publishers to keep (lower case), empty for all
     * @param articleIds articles to keep (a digest's, for a question asked in its thread), empty for all
     */
    public record Filter(Instant from, Instant to, Set<String> publishers, Set<Long> articleIds) {
        public static final Filter NONE = new Filter(null, null, Set.of(), Set.of());

        public Filter {
            publishers = Set.copyOf(publishers == null ? Set.of() : publishers);
            articleIds = Set.copyOf(articleIds == null ? Set.of() : articleIds);
        }

        public Filter(Instant from, Instant to, Set<String> publishers) {
            this(from, to, publishers, Set.of());
        }

        public boolean isNone() {
            return from == null && to == null && publishers.isEmpty() && articleIds.isEmpty();
        }

        /** The same filter, kept to {@code ids} as well (empty for no such restriction). */
        public Filter withArticles(Set<Long> ids) {
            return new Filter(from, to, publishers, ids);
        }

        /** The same filter with no publication window. */
        public Filter withoutDates() {
            return new Filter(null, null, publishers, articleIds);
        }
    }
}
