package io.newsbot.index;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's sentences into chunks of about {@code targetWords} words, never splitting a sentence,
 * so an answer can always quote whole sentences. Gives at most {@code maxChunks} chunks: the ingestor cuts an
 * article's body after the last one, so nothing past it is stored unindexed.
 */
public final class Chunker {
    private final SentenceSplitter splitter;
    private final int targetWords;
    private final int maxChunks;

    public Chunker(SentenceSplitter splitter, int targetWords) {
        this(splitter, targetWords, Integer.MAX_VALUE);
    }

    public Chunker(SentenceSplitter splitter, int targetWords, int maxChunks) {
        if (targetWords < 10) throw new IllegalArgumentException("targetWords must be at least 10");
        if (maxChunks < 1) throw new IllegalArgumentException("maxChunks must be at least 1");
        this.splitter = splitter;
        this.targetWords = targetWords;
        this.maxChunks = maxChunks;
    }

    public List<Chunk> chunk(Article article) {
        List<Chunk> chunks = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int words = 0;
        for (Sentence s : splitter.split(article.body())) {
            int w = words(s.text());
            if (!current.isEmpty() && words + w > targetWords) {
                chunks.add(new Chunk(article.id(), chunks.size(), current));
                if (chunks.size() == maxChunks) return chunks;
                current = new ArrayList<>();
                words = 0;
            }
            current.add(s);
            words += w;
        }
        if (!current.isEmpty()) chunks.add(new Chunk(article.id(), chunks.size(), current));
        return chunks;
    }

    private static int words(String sentence) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean space = Character.isWhitespace(sentence.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return Math.max(words, 1);
    }
}
