package io.newsbot.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads chunks' stored vectors to compare them with a question's, for passages the vector search did not return. */
final class StoredVectors {
    private StoredVectors() {
    }

    /** The cosine similarity to {@code query} of each document that has a vector. */
    static Map<Integer, Double> cosines(IndexSearcher searcher, Collection<Integer> docs, float[] query) throws IOException {
        List<Integer> sorted = new ArrayList<>(docs);
        sorted.sort(null);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Double> out = new HashMap<>();
        LeafReaderContext leaf = null;
        FloatVectorValues values = null;
        for (int doc : sorted) {
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (l != leaf) {
                leaf = l;
                values = l.reader().getFloatVectorValues(LuceneSearchIndex.VECTOR);
            }
            int local = doc - leaf.docBase;
            if (values == null || values.docID() > local || values.advance(local) != local) continue;
            out.put(doc, cosine(values.vectorValue(), query));
        }
        return out;
    }

    private static double cosine(float[] v, float[] q) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < v.length && i < q.length; i++) {
            dot += v[i] * q[i];
            a += v[i] * v[i];
            b += q[i] * q[i];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
    }
}
