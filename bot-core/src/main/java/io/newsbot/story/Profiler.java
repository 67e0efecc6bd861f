package io.newsbot.story;

import io.newsbot.article.Article;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into its {@link StoryProfile}: counts its words (the title's twice, as it says what the
 * article is about) and names, weighs them with the store's document frequencies, and averages its chunks'
 * embeddings.
 */
public final class Profiler {
    /** Terms kept per article and field: enough for the cosine, small enough to store. */
    static final int KEEP = 100;

    /** An article's terms before weighing: what the document frequencies are looked up and counted for. */
    public record Counts(Map<String, Integer> words, Map<String, Integer> names) {
        public Counts {
            words = Map.copyOf(words);
            names = Map.copyOf(names);
        }

        /** Every distinct term, names marked apart from words. */
        public Set<String> terms() {
            Set<String> out = new HashSet<>(words.keySet());
            for (String n : names.keySet()) out.add(nameKey(n));
            return out;
        }
    }

    /** Counts the terms of an article's title and body. */
    public Counts count(String title, String body) {
        Map<String, Integer> words = new HashMap<>(ArticleTerms.words(body));
        ArticleTerms.words(title).forEach((w, c) -> words.merge(w, 2 * c, Integer::sum));
        Map<String, Integer> names = new HashMap<>(ArticleTerms.names(body));
        ArticleTerms.names(". " + title).forEach((n, c) -> names.merge(n, c, Integer::sum));
        return new Counts(words, names);
    }

    public Counts count(Article article) {
        return count(article.title(), article.body());
    }

    /**
     * The profile of counted terms and chunk vectors, weighed with the given frequencies.
     *
     * @param year the event's year ({@link EventYear}), 0 when unknown
     */
    public StoryProfile profile(long articleId, String outlet, java.time.Instant published, Counts counts, List<float[]> chunkVectors,
                                DocumentFrequencies frequencies, int year) {
        Map<String, Integer> names = new HashMap<>();
        counts.names().forEach((n, c) -> names.put(nameKey(n), c));
        return new StoryProfile(articleId, outlet, published, TermVector.weigh(counts.words(), frequencies, KEEP),
                TermVector.weigh(names, frequencies, KEEP), mean(chunkVectors), year);
    }

    /** The year of the event an article reports: its publication year, or the year its text mentions most. */
    public static int year(java.time.Instant published, String title, String body) {
        return EventYear.of(published, title, body);
    }


    /** Names share the document-frequency table with words, marked so that "Bush" the name and "bush" the plant differ. */
    static String nameKey(String name) {
        return "@" + name;
    }

    static float[] mean(List<float[]> vectors) {
        if (vectors == null || vectors.isEmpty()) return new float[0];
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < sum.length && i < v.length; i++) sum[i] += v[i];
        }
        double norm = 0;
        for (float x : sum) norm += x * x;
        if (norm == 0) return new float[0];
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) sum[i] *= scale;
        return sum;
    }
}
