package io.newsbot.story;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds an article's chunks as the indexer does (its title over each chunk), for grouping articles that are not
 * ingested: scripts and benchmarks.
 */
public final class ChunkVectors {
    private final Chunker chunker;
    private final Embedder embedder;

    public ChunkVectors(Chunker chunker, Embedder embedder) {
        this.chunker = chunker;
        this.embedder = embedder;
    }

    public List<float[]> of(String title, String body) {
        Article a = new Article(0, "-", "", title, "", Instant.EPOCH, Instant.EPOCH, "en", "-", body);
        List<String> texts = new ArrayList<>();
        for (Chunk c : chunker.chunk(a)) texts.add(title + "\n" + c.text());
        if (texts.isEmpty() && !title.isBlank()) texts.add(title);
        return texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
    }
}
