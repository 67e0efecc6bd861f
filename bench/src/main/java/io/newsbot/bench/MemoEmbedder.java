package io.newsbot.bench;

import io.newsbot.index.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that remembers the vectors it made, so a sweep that answers the same questions under many settings
 * embeds each candidate sentence once. Bench only: the bot never sees the same sentences often enough to pay for it.
 */
final class MemoEmbedder implements Embedder {
    private final Embedder embedder;
    private final Map<String, float[]> passages = new HashMap<>();
    private final Map<String, float[]> queries = new HashMap<>();

    MemoEmbedder(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return embedder.name();
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!passages.containsKey(t) && !missing.contains(t)) missing.add(t);
        List<float[]> made = embedder.embedPassages(missing);
        for (int i = 0; i < missing.size(); i++) passages.put(missing.get(i), made.get(i));
        return texts.stream().map(passages::get).toList();
    }

    @Override
    public float[] embedQuery(String text) {
        return queries.computeIfAbsent(text, embedder::embedQuery);
    }
}
