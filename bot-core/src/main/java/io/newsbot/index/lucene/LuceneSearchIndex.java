package io.newsbot.index.lucene;

import io.newsbot.index.SentenceCodec;
import io.newsbot.index.RankFusion;
import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchIndex;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import io.newsbot.error.NewsbotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchIndex} on Apache Lucene: BM25 over an English-analysed field (title and chunk text) and HNSW
 * over the chunk vectors, fused by weighted reciprocal rank. Lives in one directory; a restart opens it as
 * it is, with no re-embedding.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String ARTICLE_KEY = "article_key";
    static final String LEXICAL = "lexical";
    static final String PUBLISHED = "published";
    static final String PUBLISHER = "publisher";
    static final String VECTOR = "vector";
    private static final String EMBEDDER = "embedder";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final LuceneQueries queries;
    private volatile String embedderName;

    public LuceneSearchIndex(Path path, String embedderName, RankFusion fusion) {
        this.path = path;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (LockObtainFailedException e) {
            throw new NewsbotException(NewsbotException.Kind.IN_USE, "The search index in " + path + " is in use by another running newsbot.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        this.embedderName = data.getOrDefault(EMBEDDER, "");
        if (this.embedderName.isEmpty()) this.embedderName = embedderName;
        this.queries = new LuceneQueries(analyzer, fusion);
    }

    @Override
    public void upsert(Article article, List<Chunk> chunks, List<float[]> vectors) {
        if (vectors != null && vectors.size() != chunks.size()) {
            throw new IllegalArgumentException("vectors must match chunks one to one");
        }
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            docs.add(document(article, chunks.get(i), vectors == null ? null : vectors.get(i)));
        }
        try {
            writer.updateDocuments(new Term(ARTICLE_KEY, Long.toString(article.id())), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index: " + e.getMessage(), e);
        }
    }

    private static Document document(Article article, Chunk chunk, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id() + ":" + chunk.ordinal(), Field.Store.NO));
        doc.add(new StringField(ARTICLE_KEY, Long.toString(article.id()), Field.Store.NO));
        doc.add(new StoredField(ARTICLE, article.id()));
        doc.add(new StoredField("ordinal", chunk.ordinal()));
        doc.add(new TextField(LEXICAL, article.title() + "\n" + chunk.text(), Field.Store.NO));
        doc.add(new LongPoint(PUBLISHED, article.publishedAt().toEpochMilli()));
        doc.add(new StringField(PUBLISHER, article.publisher().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        doc.add(new StoredField("sentences", SentenceCodec.encode(chunk.sentences())));
        if (vector != null) doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        return doc;
    }

    @Override
    public void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term(ARTICLE_KEY, Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(EMBEDDER, embedderName).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public void setEmbedderName(String name) {
        this.embedderName = name;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        IndexSearcher searcher = acquire();
        try {
            return queries.search(searcher, query);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public Set<Long> articleIds() {
        IndexSearcher searcher = acquire();
        try {
            Set<Long> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(ARTICLE_KEY);
                if (terms == null) continue;
                // Terms of deleted documents linger until merges: keep an id only if one of its documents is live.
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum it = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    postings = it.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(Long.parseLong(t.utf8ToString()));
                            break;
                        }
                    }
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public long chunkCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public long sizeBytes() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            // A figure for /admin stats and the benchmarks: not worth failing them for, worth telling the operator.
            log.warn("Cannot measure the search index in {}; reporting its size as 0", path, e);
            return 0;
        }
    }

    @Override
    public String embedderName() {
        return embedderName;
    }

    /** Loads a stored chunk's document fields into a passage. */
    static Passage passage(IndexSearcher searcher, int doc, double score, int lexRank, int vecRank, double cosine) throws IOException {
        Document d = searcher.storedFields().document(doc);
        return new Passage(d.getField(ARTICLE).numericValue().longValue(), d.getField("ordinal").numericValue().intValue(),
                SentenceCodec.decode(d.get("sentences")), score, lexRank, vecRank, cosine);
    }

    static TopDocs none() {
        return new TopDocs(new org.apache.lucene.search.TotalHits(0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index failed: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index: " + e.getMessage(), e);
        }
    }

}
