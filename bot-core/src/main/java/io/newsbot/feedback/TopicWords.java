package io.newsbot.feedback;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A question's topic as the words that carry it: lower case, in the order typed, without stop words or repeats, so
 * "in the curling final" and "the curling final" count as one topic of the questions not covered.
 */
public final class TopicWords {
    private TopicWords() {
    }

    public static String of(String topic) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : topic.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) words.add(w);
        }
        return String.join(" ", words);
    }
}
