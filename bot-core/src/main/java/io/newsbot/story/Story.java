package io.newsbot.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event as the outlets told it: the articles grouped into one story, oldest first.
 *
 * @param id       the story's id (the id of the article that started it, or of the older story it was merged into)
 * @param articles its articles, oldest first; never empty
 */
public record Story(long id, List<Member> articles) {
    public Story {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        if (articles.isEmpty()) throw new IllegalArgumentException("articles must not be empty");
    }

    /**
     * An article of a story.
     *
     * @param articleId the article's id
     * @param outlet    its publisher, may be empty
     * @param title     its title
     * @param url       its link, may be empty
     * @param published when it was published
     */
    public record Member(long articleId, String outlet, String title, String url, Instant published) {
        public Member {
            outlet = outlet == null ? "" : outlet;
            Objects.requireNonNull(title, "title");
            url = url == null ? "" : url;
            Objects.requireNonNull(published, "published");
        }
    }

    /** The outlets that report it, in the order they first did, each once (ignoring case). */
    /** "Reported by 3 outlets: BBC, CNN and Reuters", or empty when one outlet reports it. */
    public String reportedBy() {
        List<String> outlets = outlets();
        if (outlets.size() < 2) return "";
        return "Reported by " + outlets.size() + " outlets: " + String.join(", ", outlets.subList(0, outlets.size() - 1)) + " and "
                + outlets.get(outlets.size() - 1);
    }

    public List<String> outlets() {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Member m : articles) {
            if (!m.outlet().isBlank() && seen.add(m.outlet().strip().toLowerCase(java.util.Locale.ROOT))) out.add(m.outlet().strip());
        }
        return out;
    }

    /** The newest publication time among its articles. */
    public Instant latest() {
        return articles.stream().map(Member::published).max(Comparator.naturalOrder()).orElseThrow();
    }

    public List<Long> articleIds() {
        return articles.stream().map(Member::articleId).toList();
    }
}
