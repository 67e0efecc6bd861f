package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.ArticleDraft;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunker;
import io.newsbot.index.Embedder;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.lucene.LuceneSearchIndex;
import io.newsbot.index.RankFusion;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest hook: told of each added article with its vectors, once; its failure costs the ingest nothing. */
class StoryHookTest {
    @TempDir
    Path dir;

    /** Unit vectors from word hashes: no model to load. */
    static final Embedder WORDS = new Embedder() {
        public String name() {
            return "word-hash";
        }

        public int dimension() {
            return 64;
        }

        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(this::embedQuery).toList();
        }

        public float[] embedQuery(String text) {
            float[] v = new float[64];
            for (String w : text.toLowerCase().split("\\W+")) v[Math.floorMod(w.hashCode(), 64)] += 1;
            double n = 0;
            for (float x : v) n += x * x;
            for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(Math.max(n, 1e-9));
            return v;
        }
    };

    private static final ArticleDraft ACEH = new ArticleDraft("https://bbc.co.uk/a", "https://bbc.co.uk/a", "Aceh earthquake kills 24", "bbc.co.uk",
            Instant.parse("2026-11-17T08:00:00Z"), StoryGrouperTest.ACEH_BBC);

    @Test
    void the_listener_hears_of_each_added_article_once_with_its_chunk_vectors() {
        List<String> heard = new ArrayList<>();
        try (Database db = Database.inMemory("hook-" + UUID.randomUUID());
             LuceneSearchIndex index = new LuceneSearchIndex(dir.resolve("index"), WORDS.name(), RankFusion.DEFAULT)) {
            Ingestor ingestor = new Ingestor(new JdbcArticleStore(db), new ArticleIndexer(index, new Chunker(new SentenceSplitter(), 120), WORDS), null,
                    Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), (a, vectors) -> heard.add(a.title() + ":" + vectors.size()));

            ingestor.ingestDrafts(List.of(ACEH), null, Ingestor.Progress.NONE);
            ingestor.ingestDrafts(List.of(ACEH), null, Ingestor.Progress.NONE);

            assertThat(heard).containsExactly("Aceh earthquake kills 24:1");
        }
    }

    @Test
    void a_failing_listener_leaves_the_article_stored_and_indexed() {
        try (Database db = Database.inMemory("hook-" + UUID.randomUUID());
             LuceneSearchIndex index = new LuceneSearchIndex(dir.resolve("index"), WORDS.name(), RankFusion.DEFAULT)) {
            JdbcArticleStore articles = new JdbcArticleStore(db);
            Ingestor ingestor = new Ingestor(articles, new ArticleIndexer(index, new Chunker(new SentenceSplitter(), 120), WORDS), null,
                    Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), (a, vectors) -> {
                        throw new IllegalStateException("story store down");
                    });

            IngestReport report = ingestor.ingestDrafts(List.of(ACEH), null, Ingestor.Progress.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.failures()).isEmpty();
            assertThat(articles.count()).isEqualTo(1);
            assertThat(index.articleIds()).hasSize(1);
        }
    }
}
