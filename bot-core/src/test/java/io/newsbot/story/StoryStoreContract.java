package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StoryStore} does, whatever it runs on. */
public abstract class StoryStoreContract {
    protected static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private StoryStore store;

    /** A new, empty store. */
    protected abstract StoryStore stories();

    /** Stores an article the story store can refer to (the JDBC store's rows need one). */
    protected abstract Article article(String title, String outlet, Instant published);

    @BeforeEach
    void open() {
        store = stories();
    }

    private static StoryProfile profile(Article a, Map<String, Float> words, Map<String, Float> names) {
        return new StoryProfile(a.id(), a.publisher(), a.publishedAt(), new TermVector(words), new TermVector(names), new float[] {0.6f, 0.8f});
    }

    @Test
    void counts_the_terms_of_each_placed_article() {
        Article a = article("Quake in Aceh", "BBC", T0);
        Article b = article("Aceh quake toll rises", "Reuters", T0);
        store.place(profile(a, Map.of("quak", 1f), Map.of()), a.id(), List.of(), List.of("quak", "aceh", "@aceh"), List.of("quak"));
        store.place(profile(b, Map.of("quak", 1f), Map.of()), a.id(), List.of(a.id()), List.of("quak", "toll"), List.of("quak"));

        DocumentFrequencies f = store.frequencies(List.of("quak", "aceh", "toll", "never"));

        assertThat(f.documents()).isEqualTo(2);
        assertThat(f.counts()).containsEntry("quak", 2).containsEntry("aceh", 1).containsEntry("toll", 1).doesNotContainKey("never");
    }

    @Test
    void moves_placed_articles_to_other_stories() {
        Article a = article("Quake in Aceh", "BBC", T0);
        Article b = article("Football", "BBC", T0);
        Article c = article("Aceh quake toll rises", "Reuters", T0);
        store.place(profile(a, Map.of("quak", 1f), Map.of()), a.id(), List.of(), List.of(), List.of());
        store.place(profile(b, Map.of("goal", 1f), Map.of()), b.id(), List.of(), List.of(), List.of());
        store.place(profile(c, Map.of("quak", 1f), Map.of()), b.id(), List.of(), List.of(), List.of());

        store.move(Map.of(c.id(), a.id()));

        assertThat(store.storiesOf(List.of(a.id(), b.id(), c.id()))).containsEntry(a.id(), a.id()).containsEntry(b.id(), b.id())
                .containsEntry(c.id(), a.id());
        assertThat(store.members(b.id(), 10)).extracting(StoryProfile::articleId).containsExactly(b.id());
    }

    @Test
    void keeps_the_event_year_of_an_undated_article() {
        Article a = article("Cheeks hired", "AP", T0);
        store.place(new StoryProfile(a.id(), "AP", null, TermVector.EMPTY, TermVector.EMPTY, new float[0], 2005), a.id(), List.of(), List.of(),
                List.of());

        assertThat(store.profiles(List.of(a.id()))).extracting(StoryProfile::year).containsExactly(2005);
    }

    @Test
    void keeps_profiles_as_placed_and_returns_a_storys_newest_first() {
        Article a = article("Quake in Aceh", "BBC", T0);
        Article b = article("Aceh quake toll rises", "Reuters", T0.plus(Duration.ofHours(3)));
        store.place(profile(a, Map.of("quak", 0.6f, "aceh", 0.8f), Map.of("@aceh", 1f)), a.id(), List.of(), List.of(), List.of());
        store.place(profile(b, Map.of("toll", 1f), Map.of()), a.id(), List.of(a.id()), List.of(), List.of());

        List<StoryProfile> members = store.members(a.id(), 10);

        assertThat(members).extracting(StoryProfile::articleId).containsExactly(b.id(), a.id());
        StoryProfile first = members.get(1);
        assertThat(first.outlet()).isEqualTo("BBC");
        assertThat(first.published()).isEqualTo(T0);
        assertThat(first.words().weights().get("aceh")).isCloseTo(0.8f, org.assertj.core.data.Offset.offset(0.001f));
        assertThat(first.names().weights()).containsOnlyKeys("@aceh");
        assertThat(first.vectorCosine(first)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(store.members(a.id(), 1)).hasSize(1);
        assertThat(store.profiles(List.of(a.id(), 999_999L))).extracting(StoryProfile::articleId).containsExactly(a.id());
    }

    @Test
    void finds_candidates_by_shared_indexed_terms_within_the_window_best_first() {
        Article a = article("One", "A", T0);
        Article b = article("Two", "B", T0.plus(Duration.ofDays(1)));
        Article old = article("Three", "C", T0.minus(Duration.ofDays(40)));
        store.place(profile(a, Map.of(), Map.of()), a.id(), List.of(), List.of(), List.of("quak", "aceh"));
        store.place(profile(b, Map.of(), Map.of()), b.id(), List.of(), List.of(), List.of("quak"));
        store.place(profile(old, Map.of(), Map.of()), old.id(), List.of(), List.of(), List.of("quak", "aceh"));

        List<Long> found = store.candidates(List.of("quak", "aceh", "else"), T0.minus(Duration.ofDays(7)), T0.plus(Duration.ofDays(7)), 10);

        assertThat(found).containsExactly(a.id(), b.id());
        assertThat(store.candidates(List.of("quak"), null, null, 10)).containsExactlyInAnyOrder(a.id(), b.id(), old.id());
        assertThat(store.candidates(List.of("quak", "aceh"), null, null, 1)).hasSize(1);
        assertThat(store.candidates(List.of(), null, null, 10)).isEmpty();
    }

    @Test
    void an_article_of_unknown_date_is_a_candidate_at_any_time() {
        Article a = article("One", "A", T0);
        store.place(new StoryProfile(a.id(), "A", null, TermVector.EMPTY, TermVector.EMPTY, new float[0]), a.id(), List.of(), List.of(), List.of("quak"));

        assertThat(store.candidates(List.of("quak"), T0.plus(Duration.ofDays(400)), T0.plus(Duration.ofDays(401)), 10)).containsExactly(a.id());
    }

    @Test
    void merging_moves_every_article_of_the_merged_story() {
        Article a = article("One", "A", T0);
        Article b = article("Two", "B", T0);
        Article c = article("Three", "C", T0);
        store.place(profile(a, Map.of(), Map.of()), a.id(), List.of(), List.of(), List.of());
        store.place(profile(b, Map.of(), Map.of()), b.id(), List.of(), List.of(), List.of());
        store.place(profile(c, Map.of(), Map.of()), a.id(), List.of(a.id(), b.id()), List.of(), List.of());

        assertThat(store.storiesOf(List.of(a.id(), b.id(), c.id()))).containsEntry(a.id(), a.id()).containsEntry(b.id(), a.id())
                .containsEntry(c.id(), a.id());
        assertThat(store.isPlaced(c.id())).isTrue();
    }

    @Test
    void tells_a_story_with_its_articles_oldest_first_and_its_outlets_once() {
        Article a = article("Quake in Aceh", "BBC", T0);
        Article b = article("Aceh quake: rescue under way", "bbc", T0.plus(Duration.ofHours(2)));
        Article c = article("Aceh quake toll rises", "Reuters", T0.plus(Duration.ofHours(1)));
        Article other = article("Football", "BBC", T0);
        store.place(profile(a, Map.of(), Map.of()), a.id(), List.of(), List.of(), List.of());
        store.place(profile(b, Map.of(), Map.of()), a.id(), List.of(a.id()), List.of(), List.of());
        store.place(profile(c, Map.of(), Map.of()), a.id(), List.of(a.id()), List.of(), List.of());
        store.place(profile(other, Map.of(), Map.of()), other.id(), List.of(), List.of(), List.of());

        Story story = store.storyOf(b.id()).orElseThrow();

        assertThat(story.id()).isEqualTo(a.id());
        assertThat(story.articleIds()).containsExactly(a.id(), c.id(), b.id());
        assertThat(story.outlets()).containsExactly("BBC", "Reuters");
        assertThat(story.articles().get(1).title()).isEqualTo("Aceh quake toll rises");
        assertThat(store.stories(List.of(a.id(), c.id(), other.id()))).containsOnlyKeys(a.id(), other.id());
        assertThat(store.storyOf(999_999L)).isEmpty();
    }
}
