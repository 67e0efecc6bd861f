package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Passage;
import io.newsbot.story.memory.InMemoryStoryStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryGroupsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final Map<Long, Article> articles = new HashMap<>();
    private final InMemoryStoryStore store = new InMemoryStoryStore(id -> Optional.ofNullable(articles.get(id)));

    private Article article(long id, String outlet, String title, long story) {
        Article a = new Article(id, "t:" + id, "https://example.com/" + id, title, outlet, T0.plusSeconds(id), T0, "en", "h" + id, title + ".");
        articles.put(id, a);
        store.place(new StoryProfile(id, outlet, a.publishedAt(), TermVector.EMPTY, TermVector.EMPTY, new float[0]), story, List.of(), List.of(), List.of());
        return a;
    }

    private static Passage passage(Article a, String text) {
        return new Passage(a.id(), 0, List.of(new Chunk.Sentence(text, 0, text.length())), 1.0, 1, 1, 0.5);
    }

    @Test
    void groups_passages_by_story_names_the_outlets_and_finds_counts_they_give_differently() {
        Article bbc = article(1, "BBC", "Aceh earthquake kills 24", 1);
        Article reuters = article(2, "Reuters", "Aceh quake: five dead", 1);
        Article sport = article(3, "BBC", "Arsenal beat Chelsea", 3);
        article(4, "AP", "Rescue under way in Aceh", 1);

        List<StoryGroups.Group> groups = new StoryGroups(new Stories(store)).of(List.of(
                passage(bbc, "The earthquake killed at least 24 people in Aceh."),
                passage(sport, "Arsenal beat Chelsea two goals to one."),
                passage(reuters, "At least five people were killed in Aceh on Tuesday.")), articles);

        assertThat(groups).hasSize(2);
        StoryGroups.Group aceh = groups.get(0);
        assertThat(aceh.passages()).extracting(Passage::articleId).containsExactly(1L, 2L);
        assertThat(aceh.reportedBy()).isEqualTo("Reported by 3 outlets: BBC, Reuters and AP");
        assertThat(aceh.differences()).singleElement().satisfies(d -> assertThat(d.versions()).extracting(v -> v.statement().outlet())
                .containsExactly("BBC", "Reuters"));
        assertThat(groups.get(1).reportedBy()).isEmpty();
        assertThat(groups.get(1).differences()).isEmpty();
    }
}
