package io.newsbot.ingest;

import io.newsbot.article.Article;
import java.util.List;

/**
 * Told about each article ingest adds, once it is stored and indexed, for the work that follows (grouping it
 * into a story). A failure here is logged and does not undo the ingest; the listener's owner repairs what it
 * missed on the next start.
 */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = (article, chunkVectors) -> { };

    /**
     * @param article      the article as stored, with its id
     * @param chunkVectors the embeddings of its chunks, as indexed
     */
    void added(Article article, List<float[]> chunkVectors);
}
