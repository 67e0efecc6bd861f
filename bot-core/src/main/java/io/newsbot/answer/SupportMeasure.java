package io.newsbot.answer;

import io.newsbot.index.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well the passages a sentence cites support it: the share of the sentence's content words (stemmed, as the index
 * sees them) that the passages hold, with names and numbers weighing double, since an invented claim shows most in
 * them. A sentence is supported from {@link #threshold} up; the threshold is calibrated on CNN/DailyMail summary
 * sentences against their own and other articles' passages (bench/run --only support, docs/benchmarks.md).
 *
 * @param threshold the least support (0..1) that keeps a sentence
 */
public record SupportMeasure(double threshold) {
    public static final SupportMeasure DEFAULT = new SupportMeasure(0.61);
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("\\b(?:[A-Z][\\p{L}'-]+|\\d[\\d,.]*%?)");

    public SupportMeasure {
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be between 0 and 1");
    }

    public boolean supports(String sentence, List<String> passages) {
        return support(sentence, passages) >= threshold;
    }

    /** The weighted share, 0..1, of the sentence's content words found in the passages; 1 for a sentence with none. */
    public double support(String sentence, List<String> passages) {
        Set<String> held = new HashSet<>();
        for (String p : passages) held.addAll(terms(p));
        return support(sentence, held);
    }

    /** The words of a passage as {@link #support(String, Set)} compares them. */
    public static Set<String> terms(String passage) {
        return Terms.of(passage);
    }

    /** The weighted share, 0..1, of the sentence's content words among the passages' words ({@link #terms}). */
    public double support(String sentence, Set<String> held) {
        Set<String> words = Terms.of(sentence);
        if (words.isEmpty()) return 1;
        Set<String> heavy = new HashSet<>();
        Matcher m = NAME_OR_NUMBER.matcher(sentence);
        // A capitalised word that opens the sentence is only a name if it is capitalised elsewhere too; its weight is small.
        while (m.find()) if (m.start() > 0) heavy.addAll(Terms.of(m.group()));
        double total = 0;
        double found = 0;
        for (String w : words) {
            double weight = heavy.contains(w) ? 2 : 1;
            total += weight;
            if (held.contains(w)) found += weight;
        }
        return found / total;
    }
}
