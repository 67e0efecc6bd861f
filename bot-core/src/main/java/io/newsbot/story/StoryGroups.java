package io.newsbot.story;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An answer's passages grouped by the story of their articles, best story first: what an answer needs to say
 * "reported by 3 outlets: BBC, CNN and Reuters" once per story and to show where those outlets differ on a count.
 */
public final class StoryGroups {
    private final Stories stories;

    public StoryGroups(Stories stories) {
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    /**
     * The passages of one story.
     *
     * @param story       the story, with every article and outlet that reports it
     * @param passages    its passages, in the order given
     * @param differences counts its passages give differently, each version with its article
     */
    public record Group(Story story, List<Passage> passages, List<OutletDifferences.Difference> differences) {
        public Group {
            passages = List.copyOf(passages);
            differences = List.copyOf(differences);
        }

        /** "Reported by 3 outlets: BBC, CNN and Reuters", or empty when one outlet reports it. */
        public String reportedBy() {
            return story.reportedBy();
        }
    }

    /**
     * Groups passages (best first) by story; a story comes where its best passage came.
     *
     * @param articles the passages' articles by id (their outlets name the versions of a difference)
     */
    public List<Group> of(List<Passage> passages, Map<Long, Article> articles) {
        Map<Long, Story> byArticle = stories.byArticle(passages.stream().map(p -> articles.get(p.articleId())).filter(Objects::nonNull).distinct().toList());
        Map<Long, List<Passage>> grouped = new LinkedHashMap<>();
        Map<Long, Story> story = new LinkedHashMap<>();
        for (Passage p : passages) {
            Story s = byArticle.get(p.articleId());
            if (s == null) continue;
            grouped.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(p);
            story.put(s.id(), s);
        }
        List<Group> out = new ArrayList<>();
        grouped.forEach((id, list) -> {
            List<OutletDifferences.Statement> statements = new ArrayList<>();
            for (Passage p : list) {
                String outlet = articles.get(p.articleId()).publisher();
                for (Chunk.Sentence s : p.sentences()) statements.add(new OutletDifferences.Statement(p.articleId(), outlet, "", s.text()));
            }
            out.add(new Group(story.get(id), list, OutletDifferences.among(statements)));
        });
        return out;
    }
}
