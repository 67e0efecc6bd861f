package io.newsbot.digest;

import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sent digest read back as its stories, in the order it showed them: the first is "Top of the day". Each story is
 * its section: its title (the heading without "Top of the day:" or "Update:" and the outlets after it) and the
 * articles the section cites.
 */
public record DigestStories(List<Story> stories) {
    private static final Pattern PREFIX = Pattern.compile("^(?:Top of the day(?:, an update)?|Update):\\s*");
    private static final Pattern OUTLETS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    public DigestStories {
        stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    }

    /**
     * One story of a digest.
     *
     * @param title      what it is about, as the digest named it
     * @param section    the digest's section on it
     * @param articleIds the articles the section cites
     */
    public record Story(String title, Reply.Section section, Set<Long> articleIds) {
        public Story {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(section, "section");
            articleIds = Set.copyOf(articleIds);
        }
    }

    public static DigestStories of(Reply digest) {
        List<Story> out = new ArrayList<>();
        for (Reply.Section s : digest.sections()) {
            Set<Long> ids = new LinkedHashSet<>();
            for (Reply.Item i : s.items()) {
                for (int n : i.citations()) digest.citations().stream().filter(c -> c.number() == n).findFirst().ifPresent(c -> ids.add(c.articleId()));
            }
            if (s.heading().isBlank() || ids.isEmpty()) continue;
            out.add(new Story(OUTLETS.matcher(PREFIX.matcher(s.heading().strip()).replaceFirst("")).replaceFirst(""), s, ids));
        }
        return new DigestStories(out);
    }

    /** Every article the digest cites. */
    public Set<Long> articleIds() {
        Set<Long> all = new LinkedHashSet<>();
        stories.forEach(s -> all.addAll(s.articleIds()));
        return all;
    }
}
