package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays excerpts out as an answer: grouped by article in the order they come, each article cited by number, taking
 * excerpts in order while the reply stays within one chat message ({@link ReplySize#ONE_MESSAGE}).
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
        int shown = 0;
        Reply reply = build(intro, List.of());
        for (int n = 1; n <= entries.size(); n++) {
            Reply next = build(intro, entries.subList(0, n));
            if (n > 1 && ReplySize.of(next) > budget) break;
            reply = next;
            shown = n;
        }
        return new Laid(reply, shown);
    }

    static Reply build(String intro, List<Entry> entries) {
        Map<Long, List<Entry>> byArticle = new LinkedHashMap<>();
        for (Entry e : entries) byArticle.computeIfAbsent(e.article().id(), id -> new ArrayList<>()).add(e);
        Citations citations = new Citations();
        List<Reply.Section> sections = new ArrayList<>();
        for (List<Entry> group : byArticle.values()) {
            Article article = group.get(0).article();
            int number = citations.number(article);
            List<Reply.Item> items = group.stream().map(e -> new Reply.Item(e.speaker(), e.text(), List.of(number))).toList();
            sections.add(new Reply.Section(article.title(), items));
        }
        return new Reply(Reply.Kind.ANSWER, intro, sections, citations.list());
    }
}
