package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighbourReviewTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final StorySettings settings = new StorySettings(0.3, 1, 0, 0, java.time.Duration.ofDays(30), 50, 20, 24, 10, 1, 0);

    private static StoryProfile article(long id, Map<String, Float> words) {
        double norm = Math.sqrt(words.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Float> unit = new HashMap<>();
        words.forEach((t, w) -> unit.put(t, (float) (w / norm)));
        return new StoryProfile(id, "Outlet " + id, T0, new TermVector(unit), TermVector.EMPTY, new float[0]);
    }

    private static Map<Long, List<StoryProfile>> stories(Map<Long, List<StoryProfile>> in) {
        Map<Long, List<StoryProfile>> out = new LinkedHashMap<>();
        in.forEach((id, list) -> out.put(id, new ArrayList<>(list)));
        return out;
    }

    @Test
    void moves_a_neighbour_that_is_now_more_like_another_story_than_like_its_own() {
        // given: an early report (2) sits in a story of a loosely related article (1); the story of its event (3, 4) formed later
        StoryProfile loose = article(1, Map.of("quak", 1f, "flood", 1f));
        StoryProfile early = article(2, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f));
        StoryProfile later = article(3, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f, "mosqu", 1f));
        StoryProfile arrival = article(4, Map.of("aceh", 1f, "bireuen", 1f, "mosqu", 1f));
        Map<Long, List<StoryProfile>> stories = stories(Map.of(1L, List.of(loose, early), 3L, List.of(later, arrival)));
        Map<Long, Long> storyOf = new HashMap<>(Map.of(2L, 1L, 3L, 3L));

        // when
        Map<Long, Long> moves = new NeighbourReview(settings).moves(arrival, Map.of(early, 0.8, later, 0.9), stories, storyOf);

        // then
        assertThat(moves).containsExactly(Map.entry(2L, 3L));
        assertThat(stories.get(3L)).extracting(StoryProfile::articleId).containsExactlyInAnyOrder(3L, 4L, 2L);
        assertThat(stories.get(1L)).extracting(StoryProfile::articleId).containsExactly(1L);
    }

    @Test
    void leaves_a_neighbour_that_is_most_like_its_own_story() {
        StoryProfile a = article(1, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f));
        StoryProfile b = article(2, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f));
        StoryProfile other = article(3, Map.of("quak", 1f, "papua", 1f));
        StoryProfile arrival = article(4, Map.of("quak", 1f, "papua", 1f, "manokwari", 1f));
        Map<Long, List<StoryProfile>> stories = stories(Map.of(1L, List.of(a, b), 3L, List.of(other, arrival)));

        Map<Long, Long> moves = new NeighbourReview(settings).moves(arrival, Map.of(b, 0.4, other, 0.8), stories, new HashMap<>(Map.of(2L, 1L, 3L, 3L)));

        assertThat(moves).isEmpty();
    }

    @Test
    void looks_again_at_no_more_neighbours_than_the_setting_allows() {
        StoryProfile loose = article(1, Map.of("quak", 1f, "flood", 1f));
        StoryProfile early = article(2, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f));
        StoryProfile later = article(3, Map.of("quak", 1f, "aceh", 1f, "bireuen", 1f, "mosqu", 1f));
        StoryProfile arrival = article(4, Map.of("aceh", 1f, "bireuen", 1f, "mosqu", 1f));
        Map<Long, List<StoryProfile>> stories = stories(Map.of(1L, List.of(loose, early), 3L, List.of(later, arrival)));

        // the closer neighbour (3) is looked at; the early report (2), further, is not
        Map<Long, Long> moves = new NeighbourReview(settings.withReexamined(1)).moves(arrival, Map.of(early, 0.5, later, 0.9), stories,
                new HashMap<>(Map.of(2L, 1L, 3L, 3L)));

        assertThat(moves).isEmpty();
    }
}
