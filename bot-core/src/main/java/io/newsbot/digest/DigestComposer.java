package io.newsbot.digest;

import io.newsbot.answer.Citations;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import io.newsbot.story.Stories;
import io.newsbot.story.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Composes a chat's digest of the articles ingested in a window, by story: a section per story, ranked by how
 * many outlets report it and how new it is, each with one summary of the story and its outlets cited. The first
 * section, "Top of the day", is the biggest story's. A story the chat's earlier digests showed comes back only
 * with what is new, marked as an update. Daily digests remember the articles they show; previews do not.
 */
public final class DigestComposer {
    /** Articles considered at most, newest first: a day of a busy feed, not an archive. */
    static final int MAX_CONSIDERED = 300;
    private final ArticleStore articles;
    private final Stories stories;
    private final DigestMemory memory;
    private final StorySection sections;
    private final int maxStories;

    /** @param maxStories the most stories one digest shows; the rest are counted in its intro */
    public DigestComposer(ArticleStore articles, Stories stories, DigestMemory memory, Summariser single, StorySummariser multi, int maxStories) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.sections = new StorySection(Objects.requireNonNull(single, "single"), Objects.requireNonNull(multi, "multi"));
        if (maxStories < 1) throw new IllegalArgumentException("maxStories must be at least 1");
        this.maxStories = maxStories;
    }

    public Digest compose(DigestRequest r) {
        TopicFilter filter = new TopicFilter(r.topics());
        List<Article> found = new ArrayList<>(articles.ingestedBetween(r.from(), r.until()).stream().filter(filter::accepts).toList());
        if (found.isEmpty()) {
            String on = r.topics().isEmpty() ? "" : " on " + String.join(", ", r.topics());
            return new Digest(Reply.text(Reply.Kind.DIGEST, r.title(), "Nothing new" + on + " since the last digest."), 0, r.from(), r.until());
        }
        found.sort(Comparator.comparing(Article::ingestedAt).reversed().thenComparing(Comparator.comparingLong(Article::id).reversed()));
        List<Article> considered = found.subList(0, Math.min(found.size(), MAX_CONSIDERED));
        List<StoryEntry> entries = entries(r, considered);
        entries.sort(Comparator.comparingDouble((StoryEntry e) -> e.rank(r.until())).reversed()
                .thenComparing(Comparator.comparingInt((StoryEntry e) -> e.fresh().size()).reversed())
                .thenComparing(StoryEntry::newest, Comparator.reverseOrder()));
        Citations citations = new Citations();
        List<Reply.Section> shown = new ArrayList<>();
        List<Long> shownArticles = new ArrayList<>();
        for (StoryEntry e : entries) {
            if (shown.size() == maxStories) break;
            String prefix = shown.isEmpty() ? "Top of the day: " : e.isUpdate() ? "Update: " : "";
            if (shown.isEmpty() && e.isUpdate()) prefix = "Top of the day, an update: ";
            Optional<Reply.Section> section = sections.of(e, citations, prefix);
            if (section.isEmpty()) continue;
            shown.add(section.get());
            e.fresh().forEach(a -> shownArticles.add(a.id()));
        }
        if (r.daily()) memory.shown(r.chat(), r.date(), shownArticles);
        if (shown.isEmpty()) {
            return new Digest(Reply.text(Reply.Kind.DIGEST, r.title(), "Nothing new since the last digest: only more reports of stories already sent."),
                    found.size(), r.from(), r.until());
        }
        return new Digest(new Reply(Reply.Kind.DIGEST, intro(r.title(), found.size(), entries.size(), shown.size()), shown, citations.list()),
                found.size(), r.from(), r.until());
    }

    /** The considered articles grouped by story, with what earlier digests of the chat showed of each story. */
    private List<StoryEntry> entries(DigestRequest r, List<Article> considered) {
        Map<Long, Story> byArticle = stories.byArticle(considered);
        Map<Long, List<Article>> fresh = new LinkedHashMap<>();
        Map<Long, Story> story = new HashMap<>();
        for (Article a : considered) {
            Story s = byArticle.get(a.id());
            fresh.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(a);
            story.put(s.id(), s);
        }
        Set<Long> inWindow = new HashSet<>();
        considered.forEach(a -> inWindow.add(a.id()));
        List<Long> older = new ArrayList<>();
        story.values().forEach(s -> s.articleIds().stream().filter(id -> !inWindow.contains(id)).forEach(older::add));
        Set<Long> seen = older.isEmpty() ? Set.of() : memory.shownBefore(r.chat(), r.date(), older);
        Map<Long, Article> seenArticles = new HashMap<>();
        if (!seen.isEmpty()) articles.byIds(new ArrayList<>(seen)).forEach(a -> seenArticles.put(a.id(), a));
        List<StoryEntry> out = new ArrayList<>();
        fresh.forEach((id, list) -> {
            List<Article> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparing(Article::ingestedAt).thenComparingLong(Article::id));
            List<Article> shownBefore = story.get(id).articleIds().stream().map(seenArticles::get).filter(Objects::nonNull).toList();
            out.add(new StoryEntry(story.get(id), ordered, shownBefore));
        });
        return out;
    }

    private static String intro(String title, int articles, int stories, int shown) {
        String count = (articles == 1 ? "1 new article" : articles + " new articles") + (stories == 1 ? " in 1 story" : " in " + stories + " stories");
        return title + ": " + count + (shown < stories ? ", the " + shown + " most reported below." : ".");
    }
}
