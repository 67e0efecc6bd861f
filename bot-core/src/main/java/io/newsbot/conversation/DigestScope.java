package io.newsbot.conversation;

import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An answer kept to a digest's articles: only the lines that cite nothing but those articles, the citations numbered
 * again from 1. A line that leans on an article the digest did not carry is left out rather than half-cited.
 */
final class DigestScope {
    private DigestScope() {
    }

    /** The answer's lines within the articles, or empty when none is. */
    static Optional<Reply> within(Reply answer, Set<Long> articleIds) {
        return within(answer, articleIds, Set.of());
    }

    /** The same, without the lines whose text is one of {@code shown} (what the digest already said). */
    static Optional<Reply> within(Reply answer, Set<Long> articleIds, Set<String> shown) {
        if (answer.kind() != Reply.Kind.ANSWER) return Optional.empty();
        Map<Integer, Reply.Citation> byNumber = new LinkedHashMap<>();
        answer.citations().forEach(c -> byNumber.put(c.number(), c));
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<Reply.Section> sections = new ArrayList<>();
        for (Reply.Section s : answer.sections()) {
            List<Reply.Item> items = new ArrayList<>();
            for (Reply.Item i : s.items()) {
                boolean inside = !i.citations().isEmpty() && i.citations().stream()
                        .allMatch(n -> byNumber.containsKey(n) && articleIds.contains(byNumber.get(n).articleId()));
                if (!inside || shown.contains(i.text().strip())) continue;
                List<Integer> numbers = i.citations().stream().map(n -> renumbered.computeIfAbsent(n, k -> renumbered.size() + 1)).toList();
                items.add(new Reply.Item(i.speaker(), i.text(), numbers));
            }
            if (!items.isEmpty()) sections.add(new Reply.Section(s.heading(), items));
        }
        if (sections.isEmpty()) return Optional.empty();
        List<Reply.Citation> citations = new ArrayList<>();
        renumbered.forEach((old, now) -> {
            Reply.Citation c = byNumber.get(old);
            citations.add(new Reply.Citation(now, c.articleId(), c.title(), c.source(), c.date(), c.url()));
        });
        return Optional.of(new Reply(Reply.Kind.ANSWER, answer.intro(), sections, citations));
    }
}
