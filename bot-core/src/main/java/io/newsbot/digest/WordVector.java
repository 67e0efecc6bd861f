package io.newsbot.digest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts of a text's content words (lower case, no stop words, three letters or more), compared by cosine. */
final class WordVector {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "with", "as", "by", "from", "he",
            "she", "they", "his", "her", "their", "said", "says", "i", "you", "we", "not", "will", "would", "can", "could");

    private final Map<String, Integer> counts;
    private final double norm;

    private WordVector(Map<String, Integer> counts) {
        this.counts = counts;
        double sum = 0;
        for (int c : counts.values()) sum += (double) c * c;
        this.norm = Math.sqrt(sum);
    }

    static WordVector of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && !STOP.contains(w)) counts.merge(w, 1, Integer::sum);
        }
        return new WordVector(counts);
    }

    /** The sum of several vectors. */
    static WordVector sum(Iterable<WordVector> vectors) {
        Map<String, Integer> counts = new HashMap<>();
        for (WordVector v : vectors) v.counts.forEach((w, c) -> counts.merge(w, c, Integer::sum));
        return new WordVector(counts);
    }

    /** This vector with another one's counts taken away (counts never go below zero). */
    WordVector minus(WordVector other) {
        Map<String, Integer> counts = new HashMap<>();
        this.counts.forEach((w, c) -> {
            int left = c - other.counts.getOrDefault(w, 0);
            if (left > 0) counts.put(w, left);
        });
        return new WordVector(counts);
    }

    double cosine(WordVector other) {
        if (norm == 0 || other.norm == 0) return 0;
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) dot += (double) e.getValue() * large.getOrDefault(e.getKey(), 0);
        return dot / (norm * other.norm);
    }

    /** The n most frequent words, ties in alphabetical order. */
    List<String> top(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
