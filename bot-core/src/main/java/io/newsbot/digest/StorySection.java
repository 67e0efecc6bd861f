package io.newsbot.digest;

import io.newsbot.answer.Citations;
import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One story's section of a digest: a heading naming it and how many outlets report it, one summary of the story
 * (from several outlets' articles, not one per article), then the outlets with their articles cited. An update of
 * a story the chat was sent before says only what is new: sentences unlike what it was shown, and outlets it did
 * not see.
 */
final class StorySection {
    private static final int MAX_SOURCES = 8;
    private static final int MAX_OUTLETS = 5;
    private static final int PREVIOUS_ARTICLES = 5;
    /** A sentence this like (cosine of content words) one the chat was shown before is not news. */
    private static final double ALREADY_SAID = 0.5;
    private final Summariser single;
    private final StorySummariser multi;
    private final SentenceSplitter splitter = new SentenceSplitter();

    StorySection(Summariser single, StorySummariser multi) {
        this.single = single;
        this.multi = multi;
    }

    /** A summary sentence and the article it comes from. */
    record Line(String text, Article article) {
    }

    /** The section, or empty for an update with nothing new to say. */
    Optional<Reply.Section> of(StoryEntry entry, Citations citations, String prefix) {
        List<Article> sources = StoryEntry.onePerOutlet(entry.fresh()).stream().limit(MAX_SOURCES).toList();
        List<Line> lines = summary(sources);
        List<Article> outlets = entry.isUpdate() ? entry.newOutlets() : StoryEntry.onePerOutlet(entry.fresh());
        if (entry.isUpdate()) lines = unseen(lines, entry.shown());
        if (lines.isEmpty() && (entry.isUpdate() && outlets.isEmpty())) return Optional.empty();
        Article lead = lines.isEmpty() ? sources.get(0) : lines.get(0).article();
        List<Reply.Item> items = new ArrayList<>();
        if (!lines.isEmpty()) {
            Set<Integer> cited = new LinkedHashSet<>();
            for (Line l : lines) cited.add(citations.number(l.article()));
            items.add(new Reply.Item("", lines.stream().map(Line::text).collect(Collectors.joining(" ")), List.copyOf(cited)));
        }
        // One outlet is named in the heading; its article is cited by the summary already.
        if (entry.outlets() > 1 || entry.isUpdate()) items.addAll(outletItems(outlets, citations, entry.isUpdate()));
        return Optional.of(new Reply.Section(heading(prefix, entry, lead), items));
    }

    private List<Line> summary(List<Article> sources) {
        List<Line> out = new ArrayList<>();
        if (sources.size() == 1) {
            Article a = sources.get(0);
            for (String s : single.summarise(a.title(), a.body())) out.add(new Line(s, a));
            return out;
        }
        List<StorySummariser.Source> in = sources.stream().map(a -> new StorySummariser.Source(a.title(), a.body())).toList();
        for (StorySummariser.Picked p : multi.summarise(in)) out.add(new Line(p.text(), sources.get(p.source())));
        return out;
    }

    /**
     * The lines unlike anything the articles the chat was shown of the story say (in any of their sentences, not only
     * those their summary showed); a line leaning on a dropped one goes with it.
     */
    private List<Line> unseen(List<Line> lines, List<Article> shown) {
        List<WordVector> before = new ArrayList<>();
        List<Article> recent = shown.subList(Math.max(0, shown.size() - PREVIOUS_ARTICLES), shown.size());
        for (Article a : recent) {
            before.add(WordVector.of(a.title()));
            for (io.newsbot.index.Chunk.Sentence s : splitter.split(a.body())) before.add(WordVector.of(s.text()));
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            WordVector words = WordVector.of(l.text());
            boolean said = before.stream().anyMatch(b -> b.cosine(words) > ALREADY_SAID);
            boolean orphan = Dependence.needsPrevious(l.text()) && (out.isEmpty() || out.get(out.size() - 1).article() != l.article());
            if (!said && !orphan) out.add(l);
        }
        return out;
    }

    private static List<Reply.Item> outletItems(List<Article> outlets, Citations citations, boolean update) {
        List<Reply.Item> items = new ArrayList<>();
        for (Article a : outlets.subList(0, Math.min(outlets.size(), MAX_OUTLETS))) {
            items.add(new Reply.Item(outletName(a) + (update ? " (new)" : ""), a.title(), List.of(citations.number(a))));
        }
        if (outlets.size() > MAX_OUTLETS) {
            List<Article> rest = outlets.subList(MAX_OUTLETS, outlets.size());
            items.add(new Reply.Item("", "Also reported by " + rest.stream().map(StorySection::outletName).collect(Collectors.joining(", ")) + ".",
                    rest.stream().map(citations::number).toList()));
        }
        return items;
    }

    private static String heading(String prefix, StoryEntry entry, Article lead) {
        int outlets = entry.outlets();
        return prefix + lead.title() + (outlets > 1 ? " (" + outlets + " outlets)" : " (" + outletName(lead) + ")");
    }

    private static String outletName(Article a) {
        return a.publisher().isBlank() ? "unknown source" : a.publisher();
    }
}
