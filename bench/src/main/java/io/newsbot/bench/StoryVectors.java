package io.newsbot.bench;

import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.story.ChunkVectors;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chunk embeddings of a story set's articles, computed as the indexer computes them (120-word chunks, title
 * over each) and cached in the work directory, since embedding a thousand articles takes minutes here.
 */
final class StoryVectors {
    private StoryVectors() {
    }

    /** Article id to its chunks' vectors. */
    static Map<String, List<float[]>> of(StorySet set, Embedder embedder, Path cache, boolean reuse) throws IOException {
        if (reuse && Files.exists(cache)) return read(cache);
        ChunkVectors vectors = new ChunkVectors(new Chunker(new SentenceSplitter(), 120), embedder);
        Map<String, List<float[]>> out = new HashMap<>();
        int done = 0;
        for (StorySet.Item item : set.items()) {
            out.put(item.articleId(), vectors.of(item.title(), item.body()));
            if (++done % 200 == 0) System.out.println("  embedded " + done + " of " + set.items().size() + " " + set.name() + " articles");
        }
        write(cache, out);
        return out;
    }

    private static void write(Path file, Map<String, List<float[]>> vectors) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, List<float[]>> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (float[] v : e.getValue()) {
                    out.writeInt(v.length);
                    for (float x : v) out.writeFloat(x);
                }
            }
        }
    }

    private static Map<String, List<float[]>> read(Path file) throws IOException {
        Map<String, List<float[]>> out = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                int chunks = in.readInt();
                List<float[]> list = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    float[] v = new float[in.readInt()];
                    for (int d = 0; d < v.length; d++) v[d] = in.readFloat();
                    list.add(v);
                }
                out.put(id, list);
            }
        }
        return out;
    }
}
