package io.newsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunk;
import io.newsbot.index.Chunker;
import io.newsbot.index.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A large index without embedding it all again: the 1,174-article data directory copied, then every article
 * replicated until the index holds the target number of chunks. A replica keeps each chunk's sentences but in a
 * shuffled order (so BM25 sees the same words, in new texts and new statistics) and the chunk's vector with Gaussian
 * noise added (sigma 0.025 per dimension, cosine about 0.9 to the original), so the HNSW graph gets 100k distinct
 * points clustered as real news is. Written through the core's store and index, as ingestion writes them.
 */
final class SyntheticScale {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "bench-scale.json";
    private static final double SIGMA = 0.025;

    private SyntheticScale() {
    }

    /** What was built. */
    record Built(int articles, long chunks, int replicas, double seconds, String builtAt) {
    }

    static Built ensure(Path base, Path scaled, int targetChunks, boolean reuse) throws IOException {
        if (reuse && Files.exists(scaled.resolve(MARKER))) return JSON.readValue(scaled.resolve(MARKER).toFile(), Built.class);
        BenchCorpus.deleteTree(scaled);
        copyTree(base, scaled);
        Map<String, float[]> vectors = vectors(scaled.resolve("index"));
        long started = System.nanoTime();
        Random random = new Random(20261123L);
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(scaled), Clock.systemUTC())) {
            long baseChunks = core.index().chunkCount();
            int replicas = (int) Math.ceil((double) targetChunks / baseChunks) - 1;
            Chunker chunker = new Chunker(new SentenceSplitter(), core.settings().chunkWords());
            List<Article> originals = core.articles().byIds(core.articles().allIds());
            System.out.printf("Synthesising %d replicas of %d articles (%d chunks) ...%n", replicas, originals.size(), baseChunks);
            int written = 0;
            for (int r = 1; r <= replicas; r++) {
                for (Article a : originals) {
                    List<Chunk> chunks = chunker.chunk(a);
                    List<float[]> vs = new ArrayList<>();
                    for (Chunk c : chunks) vs.add(vectors.get(a.id() + ":" + c.ordinal()));
                    if (vs.contains(null)) continue;
                    if (replicate(core, a, r, chunks, vs, random) && ++written % 250 == 0) core.index().commit();
                }
                core.index().commit();
                System.out.printf("  replica %d/%d: %d chunks, %.0f s%n", r, replicas, core.index().chunkCount(), (System.nanoTime() - started) / 1e9);
            }
            Built built = new Built((int) core.articles().count(), core.index().chunkCount(), replicas, (System.nanoTime() - started) / 1e9,
                    Instant.now().toString());
            JSON.writerWithDefaultPrettyPrinter().writeValue(scaled.resolve(MARKER).toFile(), built);
            return built;
        }
    }

    private static boolean replicate(NewsbotCore core, Article a, int r, List<Chunk> chunks, List<float[]> vectors, Random random) {
        StringBuilder body = new StringBuilder();
        List<Chunk> copies = new ArrayList<>();
        List<float[]> noisy = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<Chunk.Sentence> shuffled = new ArrayList<>(chunks.get(i).sentences());
            Collections.shuffle(shuffled, random);
            if (body.length() > 0) body.append("\n\n");
            List<Chunk.Sentence> placed = new ArrayList<>();
            for (Chunk.Sentence s : shuffled) {
                if (!placed.isEmpty()) body.append(' ');
                placed.add(new Chunk.Sentence(s.text(), body.length(), body.length() + s.text().length()));
                body.append(s.text());
            }
            copies.add(new Chunk(0, i, placed));
            noisy.add(perturb(vectors.get(i), random));
        }
        Article copy = new Article(0, "synthetic:" + r + ":" + a.locator(), a.url(), a.title(), a.publisher(), a.publishedAt(), Instant.now(),
                a.language(), sha256(r + "\n" + a.title() + "\n" + body), body.toString());
        ArticleIndexer.Prepared prepared = new ArticleIndexer.Prepared(copies, noisy);
        var result = core.articles().put(copy, null, res -> {
            if (res.outcome() == ArticleStore.PutOutcome.ADDED) core.indexer().write(res.article(), prepared);
        });
        return result.outcome() == ArticleStore.PutOutcome.ADDED;
    }

    private static float[] perturb(float[] v, Random random) {
        float[] out = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] + SIGMA * random.nextGaussian());
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) out[i] /= (float) norm;
        return out;
    }

    /** Each chunk's vector keyed {@code articleId:ordinal}, read from the index's stored fields and vector values. */
    private static Map<String, float[]> vectors(Path index) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                if (values == null) continue;
                for (int doc = values.nextDoc(); doc != FloatVectorValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = stored.document(doc);
                    out.put(d.getField("article").numericValue().longValue() + ":" + d.getField("ordinal").numericValue().intValue(),
                            values.vectorValue().clone());
                }
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, target);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
