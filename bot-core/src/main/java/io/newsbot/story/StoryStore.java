package io.newsbot.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps which story each article belongs to, with what grouping needs to place the next article: profiles of
 * stored articles, term statistics and an index from terms to the articles that stand out by them. An article
 * removed from the article store leaves its story with it.
 */
public interface StoryStore {

    /** How many grouped articles use each of the terms, and how many articles are grouped. */
    DocumentFrequencies frequencies(Collection<String> terms);

    /**
     * Grouped articles indexed under the most of the given terms, best first, published in {@code [from, to)};
     * a {@code null} bound is open, and articles of unknown date are always in.
     */
    List<Long> candidates(Collection<String> terms, Instant from, Instant to, int limit);

    /** The story of each of the articles that has one. */
    Map<Long, Long> storiesOf(Collection<Long> articleIds);

    /** The profiles of those of the articles that have been placed. */
    List<StoryProfile> profiles(Collection<Long> articleIds);

    /** The story's most recently published articles' profiles, at most {@code limit}. */
    List<StoryProfile> members(long storyId, int limit);

    /**
     * Records an article in a story, in one transaction: its profile, the stories merged into this one (their
     * articles move to it), its heaviest terms in the index, and one more document for each of its terms (a store may
     * keep those counts in memory and write them with a later placement or on {@link #flush()}).
     *
     * @param terms   every distinct term of the article, counted in the document frequencies
     * @param indexed the terms other articles find it by
     */
    void place(StoryProfile profile, long storyId, Collection<Long> merged, Collection<String> terms, Collection<String> indexed);

    /**
     * Moves placed articles to other stories, in one transaction: what a later arrival showed each of them to be
     * more like. Articles not placed are left alone.
     *
     * @param storyOf article id to the id of the story it moves to
     */
    void move(Map<Long, Long> storyOf);

    /**
     * Writes what the store keeps in memory to be written later (the embedded store's term statistics): called before
     * the database closes. A crash before it loses only those counts, which weigh terms slightly differently after.
     */
    default void flush() {
    }

    /** Whether the article has been placed in a story. */
    boolean isPlaced(long articleId);

    /** Ids of stored articles not placed in any story, oldest publication first, at most {@code limit}. */
    List<Long> unplaced(int limit);

    /** The story with its articles (oldest first), or empty when the article has none. */
    Optional<Story> storyOf(long articleId);

    /** The stories of several articles, each once, keyed by story id. */
    Map<Long, Story> stories(Collection<Long> articleIds);
}
