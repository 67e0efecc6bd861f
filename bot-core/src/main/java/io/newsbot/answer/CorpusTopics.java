package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's main topics: the names that most articles mention, from the newest few hundred articles.
 * Used to say what the articles do cover when they do not cover a question. Recomputed when the number
 * of articles changes.
 */
public final class CorpusTopics {
    private static final Pattern NAME = Pattern.compile("\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})\\b");
    private static final Set<String> IGNORE = Set.of("The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
            "But", "And", "In", "On", "At", "For", "A", "An", "If", "As", "When", "While", "After", "Before", "Mr", "Mrs", "Ms",
            "President", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "However",
            "Meanwhile", "Among", "According", "Getty Images", "Latest News", "There", "What", "Why", "How", "Who", "So", "Now");
    private static final int SAMPLE = 300;
    private final ArticleStore store;
    private volatile long computedFor = -1;
    private volatile List<String> topics = List.of();

    public CorpusTopics(ArticleStore store) {
        this.store = store;
    }

    public List<String> top(int n) {
        long count = store.count();
        if (count != computedFor) {
            topics = compute(store.latest(SAMPLE));
            computedFor = count;
        }
        return topics.subList(0, Math.min(n, topics.size()));
    }

    static List<String> compute(List<Article> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            Matcher m = NAME.matcher(a.title() + ". " + a.body());
            String text = a.title() + ". " + a.body();
            while (m.find()) {
                // A capitalised word that opens a sentence ("Ahead of ...") is no name.
                if (m.start() == 0 || text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*[.!?:\"\n]\\s*")) continue;
                String name = m.group(1);
                if (!IGNORE.contains(name) && !IGNORE.contains(name.split(" ")[0])) seen.add(name);
            }
            seen.forEach(s -> df.merge(s, 1, Integer::sum));
        }
        return df.entrySet().stream()
                .filter(e -> articles.size() < 3 || e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(20).toList();
    }
}
