package io.newsbot.index;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chunks and embeds articles into the search index, and keeps the index in step with the store: after a
 * crash, {@link #reconcile()} drops what the store no longer has and indexes what the index lacks.
 */
public final class ArticleIndexer {
    private static final Logger log = LoggerFactory.getLogger(ArticleIndexer.class);
    private final SearchIndex index;
    private final Chunker chunker;
    private final Embedder embedder;

    public ArticleIndexer(SearchIndex index, Chunker chunker, Embedder embedder) {
        this.index = index;
        this.chunker = chunker;
        this.embedder = embedder;
    }

    /** Chunks and embeds an article, ready to be written with {@link #write}. */
    public Prepared prepare(Article article) {
        List<Chunk> chunks = chunker.chunk(article);
        List<String> texts = new ArrayList<>();
        for (Chunk c : chunks) texts.add(article.title() + "\n" + c.text());
        return new Prepared(chunks, embedder.embedPassages(texts));
    }

    /** An article's chunks and their vectors. */
    public record Prepared(List<Chunk> chunks, List<float[]> vectors) {
    }

    /** Writes prepared chunks under the article's (now known) id; visible after {@link SearchIndex#commit()}. */
    public void write(Article article, Prepared prepared) {
        List<Chunk> chunks = prepared.chunks().stream().map(c -> new Chunk(article.id(), c.ordinal(), c.sentences())).toList();
        index.upsert(article, chunks, prepared.vectors());
    }

    public SearchIndex index() {
        return index;
    }

    /** Brings the index in line with the store; returns how many articles it had to (re)index or drop. */
    public int reconcile(ArticleStore store) {
        Set<Long> stored = new HashSet<>(store.allIds());
        Set<Long> indexed = index.articleIds();
        int changes = 0;
        for (Long id : indexed) {
            if (!stored.contains(id)) {
                index.remove(id);
                changes++;
            }
        }
        List<Long> missing = stored.stream().filter(id -> !indexed.contains(id)).sorted().toList();
        if (!missing.isEmpty()) log.info("Indexing {} stored articles the search index lacks", missing.size());
        for (Long id : missing) {
            store.byId(id).ifPresent(a -> write(a, prepare(a)));
            changes++;
        }
        if (changes > 0) index.commit();
        return changes;
    }

    /** Rebuilds the whole index from the store, reporting progress as articles done. */
    public int rebuild(ArticleStore store, IntConsumer progress) {
        List<Long> ids = store.allIds();
        index.clear();
        int done = 0;
        for (Long id : ids) {
            store.byId(id).ifPresent(a -> write(a, prepare(a)));
            progress.accept(++done);
        }
        index.commit();
        return done;
    }
}
