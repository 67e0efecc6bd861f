package io.newsbot.digest;

import io.newsbot.article.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a group of articles by its key terms: the names (capitalised phrases) that its articles share and
 * the day's other articles do not, falling back to shared content words when the group names nobody.
 */
final class KeyTerms {
    /** One to three capitalised words (McCoy, O'Neill and SNP included), without a possessive 's. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’])(\\p{Lu}[\\p{L}]*(?:['’]\\p{Lu}\\p{L}+)?(?:[ -]\\p{Lu}[\\p{L}]*(?:['’]\\p{Lu}\\p{L}+)?){0,2})(?:['’]s)?(?![\\p{L}'’])");
    private static final Set<String> IGNORE = Set.of("The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
            "But", "And", "In", "On", "At", "For", "A", "An", "If", "As", "When", "While", "After", "Before", "Mr", "Mrs", "Ms", "Dr",
            "President", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "However", "Meanwhile", "Among",
            "According", "There", "What", "Why", "How", "Who", "So", "Now", "Getty", "Images", "AFP", "Reuters", "AP", "CNN", "Scroll",
            "Click", "Read", "More", "Photo", "Video", "His", "Her", "Their", "Our", "Its", "One", "Two", "Some", "All", "Many", "Not",
            "By", "From", "With", "To", "Of", "Is", "Was", "Has", "Had", "Also", "Then", "Here", "Today", "Yesterday", "Last", "New");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+(?![\\p{L}])");
    private static final int TERMS = 3;

    private KeyTerms() {
    }

    /** Up to three key terms of the group, joined with commas, most telling first. */
    static String name(List<Article> group, List<Article> all) {
        Map<String, Stats> inGroup = stats(group);
        Map<String, Stats> overall = stats(all);
        int needed = group.size() > 1 ? 2 : 1;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        inGroup.forEach((term, s) -> {
            if (s.articles < needed) return;
            int outside = overall.getOrDefault(term, s).articles - s.articles;
            double score = s.articles / (1.0 + outside) + 0.05 * Math.min(s.mentions, 10) + (s.inTitle ? 0.5 : 0);
            scored.add(Map.entry(term, score));
        });
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            String term = e.getKey();
            if (terms.stream().anyMatch(t -> t.contains(term) || term.contains(t))) continue;
            terms.add(term);
            if (terms.size() == TERMS) break;
        }
        if (terms.isEmpty()) terms = bestWords(group);
        return String.join(", ", terms);
    }

    /** How a term occurs in some articles: in how many, how often, and whether in a title. */
    private static final class Stats {
        int articles;
        int mentions;
        boolean inTitle;
    }

    private static Map<String, Stats> stats(List<Article> articles) {
        Map<String, Stats> out = new HashMap<>();
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            // Names in the title and lead say what an article is about; the tail is full of passing mentions.
            String lead = a.body().substring(0, Math.min(a.body().length(), 1500));
            for (String name : names(a.title())) {
                out.computeIfAbsent(name, k -> new Stats()).inTitle = true;
            }
            for (String name : names(a.title() + ".\n" + lead)) {
                Stats s = out.computeIfAbsent(name, k -> new Stats());
                s.mentions++;
                if (seen.add(name)) s.articles++;
            }
        }
        out.values().removeIf(s -> s.articles == 0);
        dropCommonWords(out, articles);
        return out;
    }

    /** A capitalised single word that is as often written in lower case ("Aid convoys ... the aid") is no name. */
    private static void dropCommonWords(Map<String, Stats> terms, List<Article> articles) {
        Map<String, Integer> lower = new HashMap<>();
        for (Article a : articles) {
            Matcher m = LOWER_WORD.matcher(a.title() + "\n" + a.body());
            while (m.find()) {
                String w = m.group();
                if (terms.containsKey(Character.toUpperCase(w.charAt(0)) + w.substring(1))) lower.merge(w, 1, Integer::sum);
            }
        }
        terms.entrySet().removeIf(e -> lower.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), 0) >= e.getValue().mentions);
    }

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (name.length() > 1 && !IGNORE.contains(name) && !IGNORE.contains(name.split("[ -]")[0])) out.add(name);
        }
        return out;
    }

    private static List<String> bestWords(List<Article> group) {
        WordVector words = WordVector.sum(group.stream().map(a -> WordVector.of(a.title())).toList());
        return words.top(TERMS).stream().map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).toList();
    }
}
