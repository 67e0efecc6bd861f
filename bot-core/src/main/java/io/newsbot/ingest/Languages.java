package io.newsbot.ingest;

import java.util.Locale;
import java.util.Set;

/** A cheap language guess from function words: enough to tell English from the rest. */
final class Languages {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said");

    private Languages() {
    }

    static String guess(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 400);
        int hits = 0;
        for (String w : words) if (ENGLISH.contains(w)) hits++;
        return words.length > 0 && hits * 10 >= words.length ? "en" : "und";
    }
}
