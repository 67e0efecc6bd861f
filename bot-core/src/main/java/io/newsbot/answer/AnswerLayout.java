package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import io.newsbot.story.OutletDifferences;
import io.newsbot.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays excerpts out as an answer: grouped by story (or by article, when no stories are given) in the order they come,
 * each article cited by number, taking excerpts in order while the reply stays within one chat message
 * ({@link ReplySize#ONE_MESSAGE}). A story told by several outlets says so, and where its excerpts give a count
 * differently, shows each version with its citation.
 */
final class AnswerLayout {
    private AnswerLayout() {
    }

    /** One excerpt to show: its article, who said it (or empty) and its text. */
    record Entry(Article article, String speaker, String text) {
    }

    /**
     * The reply, and how many of the entries it shows (the first {@code shown}).
     */
    record Laid(Reply reply, int shown) {
    }

    /** Takes entries in order until the next would make the reply longer than the budget; at least one is always shown. */
    static Laid lay(String intro, List<Entry> entries, int budget) {
        return lay(intro, entries, budget, Map.of());
    }

    /**
     * As {@link #lay(String, List, int)}, grouping excerpts by story.
     *
     * @param stories the story of each article by id; an article missing here is a story of its own
     */
    static Laid lay(String intro, List<Entry> entries, int budget, Map<Long, Story> stories) {
        int shown = 0;
        Reply reply = build(intro, List.of(), stories);
        for (int n = 1; n <= entries.size(); n++) {
            Reply next = build(intro, entries.subList(0, n), stories);
            if (n > 1 && ReplySize.of(next) > budget) break;
            reply = next;
            shown = n;
        }
        return new Laid(reply, shown);
    }

    static Reply build(String intro, List<Entry> entries) {
        return build(intro, entries, Map.of());
    }

    static Reply build(String intro, List<Entry> entries, Map<Long, Story> stories) {
        Map<Object, List<Entry>> byStory = new LinkedHashMap<>();
        for (Entry e : entries) {
            Story story = stories.get(e.article().id());
            byStory.computeIfAbsent(story == null ? e.article().id() : story, k -> new ArrayList<>()).add(e);
        }
        Citations citations = new Citations();
        List<Reply.Section> sections = new ArrayList<>();
        for (List<Entry> group : byStory.values()) {
            Article first = group.get(0).article();
            List<Reply.Item> items = new ArrayList<>();
            for (Entry e : group) items.add(new Reply.Item(e.speaker(), e.text(), List.of(citations.number(e.article()))));
            items.addAll(differences(group, citations));
            Story story = stories.get(first.id());
            String reported = story == null ? "" : story.reportedBy();
            sections.add(new Reply.Section(reported.isEmpty() ? first.title() : first.title() + " (" + reported + ")", items));
        }
        return new Reply(Reply.Kind.ANSWER, intro, sections, citations.list());
    }

    /** "Outlets differ on dead: 24 (BBC), 31 (Reuters)", one item per count the group's excerpts give differently. */
    private static List<Reply.Item> differences(List<Entry> group, Citations citations) {
        if (group.stream().map(e -> e.article().id()).distinct().count() < 2) return List.of();
        Map<Long, Article> byId = new LinkedHashMap<>();
        List<OutletDifferences.Statement> statements = new ArrayList<>();
        for (Entry e : group) {
            byId.put(e.article().id(), e.article());
            statements.add(new OutletDifferences.Statement(e.article().id(), e.article().publisher(), e.speaker(), e.text()));
        }
        List<Reply.Item> items = new ArrayList<>();
        for (OutletDifferences.Difference d : OutletDifferences.among(statements)) {
            if (d.kind() != OutletDifferences.Kind.NUMBER) continue;
            List<String> versions = new ArrayList<>();
            List<Integer> cited = new ArrayList<>();
            for (OutletDifferences.Version v : d.versions()) {
                versions.add(v.value() + " (" + v.statement().outlet() + ")");
                cited.add(citations.number(byId.get(v.statement().articleId())));
            }
            items.add(new Reply.Item("", "Outlets differ on " + d.subject() + ": " + String.join(", ", versions), cited));
        }
        return items;
    }
}
