package io.newsbot.digest;

import io.newsbot.article.Article;
import io.newsbot.story.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story as one digest sees it: its articles in the digest's window, and those of its articles earlier digests
 * of the chat showed (none for a story new to the chat; some for an update).
 *
 * @param story  the story with all its articles
 * @param fresh  its articles in the window, oldest first
 * @param shown  its articles the chat was shown before, oldest first
 */
record StoryEntry(Story story, List<Article> fresh, List<Article> shown) {
    /** A day's worth of age halves a story's weight: a story reported by many outlets still beats a newer single one. */
    private static final Duration HALF_LIFE = Duration.ofHours(24);

    StoryEntry {
        fresh = List.copyOf(fresh);
        shown = List.copyOf(shown);
        if (fresh.isEmpty()) throw new IllegalArgumentException("fresh must not be empty");
    }

    boolean isUpdate() {
        return !shown.isEmpty();
    }

    /** How many outlets report the story in all. */
    int outlets() {
        return story.outlets().size();
    }

    /** Outlets of the fresh articles that the chat has not seen report it, in the order they did. */
    List<Article> newOutlets() {
        Set<String> before = shown.stream().map(a -> key(a.publisher())).collect(Collectors.toSet());
        return onePerOutlet(fresh).stream().filter(a -> !before.contains(key(a.publisher()))).toList();
    }

    /** Each outlet's newest article (its latest telling), outlets in the order they first reported. */
    static List<Article> onePerOutlet(List<Article> articles) {
        java.util.LinkedHashMap<String, Article> latest = new java.util.LinkedHashMap<>();
        for (Article a : articles) latest.put(key(a.publisher()), a);
        return List.copyOf(latest.values());
    }

    Instant newest() {
        return fresh.stream().map(Article::ingestedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Outlets reporting it, halved for every day its newest article is old at {@code now}. */
    double rank(Instant now) {
        double ageDays = Math.max(0, Duration.between(newest(), now).toMinutes()) / (double) HALF_LIFE.toMinutes();
        return Math.max(1, outlets()) * Math.pow(0.5, ageDays);
    }

    private static String key(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }
}
