package io.newsbot.statement;

import java.util.List;
import java.util.Map;

/**
 * Who said what across the whole corpus: every article's statements, looked up by the speaker's last or first name, so that
 * "What did X say?" is answered from all of X's statements rather than from whichever passages a search returned.
 * Kept in step with the articles by {@link StatementIndexer}.
 */
public interface StatementStore {

    /**
     * Replaces an article's statements in one step, recording which text and which extractor they came from.
     *
     * @param extraction what the statements were extracted from
     */
    void replace(Extraction extraction, List<Statement> statements);

    /** Drops an article's statements (the article was removed). */
    void remove(long articleId);

    /** Every statement whose speaker's last or first name is {@code name} (lower case), in article and text order. */
    List<Statement> byName(String name);

    /** The statements of these articles, in article and text order. */
    List<Statement> byArticles(java.util.Collection<Long> articleIds);

    /** The speakers whose last or first name is {@code name} (lower case), and how many statements each has, most first. */
    List<Speaker> speakers(String name);

    /** What each article's statements were extracted from, by article id. */
    Map<Long, Extraction> extractions();

    /** A speaker as statements name them, and how many statements they have. */
    record Speaker(String name, SpeakerKind kind, int statements) {
        public Speaker {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * Which version of an article's text, and which version of the extractor, its statements come from.
     *
     * @param articleId   the article
     * @param contentHash the article's content hash when it was read
     * @param version     the extractor's version
     */
    record Extraction(long articleId, String contentHash, String version) {
        public Extraction {
            java.util.Objects.requireNonNull(contentHash, "contentHash");
            java.util.Objects.requireNonNull(version, "version");
        }
    }
}
