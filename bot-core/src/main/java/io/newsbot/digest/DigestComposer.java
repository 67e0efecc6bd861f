package io.newsbot.digest;

import io.newsbot.answer.Citations;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Composes a chat's digest of the articles ingested in a window: grouped by topic (each group named by its
 * key terms), each article summed up in two or three of its sentences and cited with its source and link,
 * and a "top of the day" paragraph at the head drawn from the biggest topics.
 */
public final class DigestComposer {
    /** Articles considered at most: grouping is cubic in their number. The newest are kept. */
    static final int MAX_CONSIDERED = 200;
    private static final int TOP_TOPICS = 3;
    private static final String OTHER = "Other news";

    private final ArticleStore articles;
    private final Summariser summariser;
    private final TopicGrouper grouper;
    private final int maxShown;

    /** @param maxShown the most articles one digest shows; the rest are counted in its intro */
    public DigestComposer(ArticleStore articles, Summariser summariser, TopicGrouper grouper, int maxShown) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.summariser = Objects.requireNonNull(summariser, "summariser");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
        if (maxShown < 1) throw new IllegalArgumentException("maxShown must be at least 1");
        this.maxShown = maxShown;
    }

    /**
     * @param title  the digest's first line, e.g. "Daily digest, Tuesday 24 November"
     * @param topics only articles on one of these go in; empty for all
     * @param from   the window's start (inclusive)
     * @param until  the window's end (exclusive)
     */
    public Digest compose(String title, List<String> topics, Instant from, Instant until) {
        TopicFilter filter = new TopicFilter(topics);
        List<Article> found = new ArrayList<>(articles.ingestedBetween(from, until).stream().filter(filter::accepts).toList());
        if (found.isEmpty()) {
            String on = topics.isEmpty() ? "" : " on " + String.join(", ", topics);
            return new Digest(Reply.text(Reply.Kind.DIGEST, title, "Nothing new" + on + " since the last digest."), 0, from, until);
        }
        found.sort(Comparator.comparing(Article::ingestedAt).reversed().thenComparing(Comparator.comparingLong(Article::id).reversed()));
        List<Article> considered = found.subList(0, Math.min(found.size(), MAX_CONSIDERED));
        List<List<String>> summaries = considered.stream().map(a -> summariser.summarise(a.title(), a.body())).toList();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < considered.size(); i++) texts.add(considered.get(i).title() + ". " + String.join(" ", summaries.get(i)));
        List<List<Integer>> groups = grouper.group(texts);
        return new Digest(reply(title, found.size(), considered, summaries, groups), found.size(), from, until);
    }

    private Reply reply(String title, int total, List<Article> considered, List<List<String>> summaries, List<List<Integer>> groups) {
        Citations citations = new Citations();
        List<Reply.Section> sections = new ArrayList<>();
        sections.add(topOfTheDay(considered, summaries, groups, citations));
        List<Integer> others = new ArrayList<>();
        boolean someShared = groups.stream().anyMatch(g -> g.size() > 1);
        int shown = 0;
        for (List<Integer> group : groups) {
            if (shown >= maxShown) break;
            if (group.size() == 1 && someShared) {
                others.add(group.get(0));
                continue;
            }
            List<Integer> members = group.subList(0, Math.min(group.size(), maxShown - shown));
            String heading = KeyTerms.name(members(considered, group), considered);
            sections.add(new Reply.Section(heading, items(members, considered, summaries, citations)));
            shown += members.size();
        }
        if (!others.isEmpty() && shown < maxShown) {
            List<Integer> members = others.subList(0, Math.min(others.size(), maxShown - shown));
            sections.add(new Reply.Section(OTHER, items(members, considered, summaries, citations)));
            shown += members.size();
        }
        String count = total == 1 ? "1 new article" : total + " new articles";
        String intro = title + ": " + count + (shown < total ? ", the " + shown + " most prominent below." : ".");
        return new Reply(Reply.Kind.DIGEST, intro, sections, citations.list());
    }

    /** The lead sentence of the most central article of each of the biggest topics, as one paragraph. */
    private static Reply.Section topOfTheDay(List<Article> considered, List<List<String>> summaries, List<List<Integer>> groups,
                                             Citations citations) {
        List<String> sentences = new ArrayList<>();
        List<Integer> cited = new ArrayList<>();
        for (List<Integer> group : groups.subList(0, Math.min(groups.size(), TOP_TOPICS))) {
            int lead = group.get(0);
            List<String> summary = summaries.get(lead);
            sentences.add(summary.isEmpty() ? considered.get(lead).title() + "." : summary.get(0));
            cited.add(citations.number(considered.get(lead)));
        }
        return new Reply.Section("Top of the day", List.of(new Reply.Item("", String.join(" ", sentences), cited)));
    }

    private static List<Reply.Item> items(List<Integer> members, List<Article> considered, List<List<String>> summaries,
                                          Citations citations) {
        List<Reply.Item> items = new ArrayList<>();
        for (int i : members) {
            Article a = considered.get(i);
            String text = summaries.get(i).isEmpty() ? a.title() : String.join(" ", summaries.get(i));
            items.add(new Reply.Item("", text, List.of(citations.number(a))));
        }
        return items;
    }

    private static List<Article> members(List<Article> considered, List<Integer> group) {
        return group.stream().map(considered::get).toList();
    }
}
