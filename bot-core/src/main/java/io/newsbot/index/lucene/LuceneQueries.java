package io.newsbot.index.lucene;

import io.newsbot.index.RankFusion;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Builds and runs the lexical and vector queries of a search, and fuses their results. */
final class LuceneQueries {
    private static final double K1 = 1.2; // Lucene's BM25Similarity default
    private final Analyzer analyzer;
    private final RankFusion fusion;

    LuceneQueries(Analyzer analyzer, RankFusion fusion) {
        this.analyzer = analyzer;
        this.fusion = fusion;
    }

    SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query filter = filter(query.filter());
        Set<String> terms = terms(query.text());
        int depth = Math.max(fusion.depth(), query.k());
        TopDocs lexical = LuceneSearchIndex.none();
        double max = 1;
        if (!terms.isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String t : terms) b.add(new TermQuery(new Term(LuceneSearchIndex.LEXICAL, t)), BooleanClause.Occur.SHOULD);
            if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
            lexical = searcher.search(b.build(), depth);
            max = maxScore(searcher, terms);
        }
        TopDocs vector = LuceneSearchIndex.none();
        boolean vectors = query.vector() != null && fusion.vectorWeight() > 0;
        if (vectors) {
            vector = searcher.search(new KnnFloatVectorQuery(LuceneSearchIndex.VECTOR, query.vector(), depth, filter), depth);
        }
        return fuse(searcher, lexical, max, vector, vectors ? query.vector() : null, query.k());
    }

    private SearchResult fuse(IndexSearcher searcher, TopDocs lexical, double max, TopDocs vector, float[] queryVector, int k)
            throws IOException {
        Map<Integer, int[]> ranks = new HashMap<>();
        Map<Integer, Double> shares = new HashMap<>();
        Map<Integer, Double> cosines = new HashMap<>();
        for (int i = 0; i < lexical.scoreDocs.length; i++) {
            ScoreDoc sd = lexical.scoreDocs[i];
            ranks.computeIfAbsent(sd.doc, d -> new int[2])[0] = i + 1;
            shares.put(sd.doc, sd.score / max);
        }
        double bestCosine = 0;
        for (int i = 0; i < vector.scoreDocs.length; i++) {
            ScoreDoc sd = vector.scoreDocs[i];
            ranks.computeIfAbsent(sd.doc, d -> new int[2])[1] = i + 1;
            double cosine = 2 * sd.score - 1; // Lucene scores cosine as (1 + cos) / 2
            cosines.put(sd.doc, cosine);
            bestCosine = Math.max(bestCosine, cosine);
        }
        if (queryVector != null && fusion.method() == RankFusion.Method.SCORES) {
            // A passage BM25 found but the vector list missed still has a cosine, and score fusion needs it.
            List<Integer> missing = ranks.keySet().stream().filter(d -> !cosines.containsKey(d)).toList();
            cosines.putAll(StoredVectors.cosines(searcher, missing, queryVector));
        }
        Map<Integer, Double> fused = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : ranks.entrySet()) {
            int doc = e.getKey();
            fused.put(doc, fusion.score(e.getValue()[0], shares.getOrDefault(doc, 0.0), e.getValue()[1], cosines.getOrDefault(doc, Double.NaN)));
        }
        List<Integer> ranked = new ArrayList<>(ranks.keySet());
        ranked.sort(Comparator.<Integer>comparingDouble(d -> -fused.get(d)).thenComparingInt(d -> d));
        List<Passage> passages = new ArrayList<>();
        for (int doc : ranked.subList(0, Math.min(k, ranked.size()))) {
            int[] r = ranks.get(doc);
            passages.add(LuceneSearchIndex.passage(searcher, doc, fused.get(doc), r[0], r[1], cosines.getOrDefault(doc, Double.NaN)));
        }
        double coverage = lexical.scoreDocs.length == 0 ? 0 : Math.min(1.0, lexical.scoreDocs[0].score / max);
        return new SearchResult(passages, coverage, bestCosine);
    }

    /**
     * What a passage scores under BM25 when it has each of the terms once at average length: the sum of
     * idf / (1 + k1). A passage reaching it matches the whole question; one far below it matches only its
     * common words.
     */
    private static double maxScore(IndexSearcher searcher, Set<String> terms) throws IOException {
        long docCount = Math.max(1, searcher.getIndexReader().numDocs());
        double max = 0;
        for (String t : terms) {
            long df = searcher.getIndexReader().docFreq(new Term(LuceneSearchIndex.LEXICAL, t));
            max += Math.log(1 + (docCount - df + 0.5) / (df + 0.5)) / (1 + K1);
        }
        return max <= 0 ? 1 : max;
    }

    Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(LuceneSearchIndex.LEXICAL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Query filter(SearchQuery.Filter f) {
        if (f.isNone()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli();
            long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(LuceneSearchIndex.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (!f.publishers().isEmpty()) {
            b.add(new TermInSetQuery(LuceneSearchIndex.PUBLISHER, f.publishers().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!f.articleIds().isEmpty()) {
            b.add(new TermInSetQuery(LuceneSearchIndex.ARTICLE_KEY, f.articleIds().stream().map(id -> new BytesRef(Long.toString(id))).toList()),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
