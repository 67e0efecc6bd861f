package io.newsbot.index;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's sentences into chunks of about {@code targetWords} words, never splitting a sentence,
 * so an answer can always quote whole sentences.
 */
public final class Chunker {
    private final SentenceSplitter splitter;
    private final int targetWords;

    public Chunker(SentenceSplitter splitter, int targetWords) {
        if (targetWords < 10) throw new IllegalArgumentException("targetWords must be at least 10");
        this.splitter = splitter;
        this.targetWords = targetWords;
    }

    public List<Chunk> chunk(Article article) {
        List<Chunk> chunks = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int words = 0;
        for (Sentence s : splitter.split(article.body())) {
            int w = s.text().split("\\s+").length;
            if (!current.isEmpty() && words + w > targetWords) {
                chunks.add(new Chunk(article.id(), chunks.size(), current));
                current = new ArrayList<>();
                words = 0;
            }
            current.add(s);
            words += w;
        }
        if (!current.isEmpty()) chunks.add(new Chunk(article.id(), chunks.size(), current));
        return chunks;
    }
}
