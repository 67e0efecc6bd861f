package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import io.newsbot.story.memory.InMemoryStoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final InMemoryStoryStore store = new InMemoryStoryStore(id -> Optional.empty());
    private final StoryGrouper grouper = new StoryGrouper(store, StorySettings.DEFAULT);
    private long next = 1;

    static final String ACEH_BBC = "A strong 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 24 people "
            + "and injuring more than 200, officials said. The quake hit Bener Meriah and Central Aceh districts, flattening houses "
            + "and a mosque in Ketol. The US Geological Survey said the epicentre was 55 kilometres south-west of Bireuen. "
            + "Rescue teams from the Indonesian army searched the rubble in Aceh for survivors overnight.";
    static final String ACEH_REUTERS = "Rescuers in Indonesia's Aceh province dug through collapsed homes on Wednesday after a 6.1-magnitude "
            + "earthquake killed at least 22 people in the Bener Meriah and Central Aceh districts. The US Geological Survey put the "
            + "epicentre south-west of Bireuen. A mosque collapsed in Ketol during evening prayers, the disaster agency in Aceh said.";
    static final String PAPUA = "Two powerful earthquakes struck Indonesia's West Papua province on Sunday, killing a 10-year-old girl and "
            + "injuring dozens in Manokwari. The US Geological Survey said the first quake had a magnitude of 7.6. Hotels in Manokwari "
            + "were damaged and residents fled to the hills around the city, fearing a tsunami. Officials in Papua said power lines "
            + "were cut across Manokwari.";
    static final String FOOTBALL = "Arsenal beat Chelsea two goals to one at the Emirates Stadium on Sunday. The winning goal came from "
            + "Bukayo Saka in the last minute. Mikel Arteta praised the defence, which held under late pressure from Chelsea.";

    static final String CHEEKS_FIRED = "The Philadelphia 76ers fired head coach Maurice Cheeks on Saturday. General manager Ed Stefanski said "
            + "the team needed a new voice for the 2008 season. Cheeks, a former 76ers point guard, led the Sixers to the playoffs last "
            + "spring. Assistant Tony DiLeo will coach the 76ers in 2008. Cheeks spent eleven seasons with the Sixers at the Spectrum.";
    static final String CHEEKS_HIRED = "The Philadelphia 76ers hired Maurice Cheeks as head coach on Thursday. Team president Billy King said "
            + "the team needed a new voice for the 2005 season. Cheeks, a former 76ers point guard, won a title with the Sixers. He "
            + "replaces Jim O'Brien, fired in 2005. Cheeks spent eleven seasons with the Sixers at the Spectrum.";

    private long place(String outlet, String title, String body, Instant published) {
        long id = next++;
        grouper.place(new StoryGrouper.Arrival(id, outlet, published, title, body, List.of()));
        return id;
    }

    private long storyOf(long article) {
        return store.storiesOf(List.of(article)).get(article);
    }

    @Test
    void an_article_on_an_event_already_stored_joins_its_story() {
        long bbc = place("BBC", "Aceh earthquake kills 24", ACEH_BBC, T0);
        long reuters = place("Reuters", "Rescuers search rubble after deadly Aceh quake", ACEH_REUTERS, T0.plus(Duration.ofHours(9)));

        assertThat(storyOf(reuters)).isEqualTo(storyOf(bbc)).isEqualTo(bbc);
    }

    @Test
    void a_near_duplicate_of_a_stored_article_joins_its_story() {
        long original = place("AP", "Aceh earthquake kills 24", ACEH_BBC, T0);
        place("BBC", "Arsenal beat Chelsea", FOOTBALL, T0);
        long copy = place("Yahoo News", "Aceh earthquake kills 24 (AP)", ACEH_BBC.replace("on Tuesday", "on Tuesday evening") + " This story has been updated.",
                T0.plus(Duration.ofHours(2)));

        assertThat(storyOf(copy)).isEqualTo(original);
    }

    @Test
    void a_similar_but_different_event_starts_a_story_of_its_own() {
        long aceh = place("BBC", "Aceh earthquake kills 24", ACEH_BBC, T0);
        long papua = place("AFP", "Quakes hit Indonesia's West Papua", PAPUA, T0.plus(Duration.ofDays(2)));
        long football = place("BBC", "Arsenal beat Chelsea", FOOTBALL, T0.plus(Duration.ofDays(2)));

        assertThat(storyOf(papua)).isEqualTo(papua).isNotEqualTo(storyOf(aceh));
        assertThat(storyOf(football)).isEqualTo(football);
    }

    @Test
    void an_article_outside_the_time_window_starts_a_new_story() {
        long first = place("BBC", "Aceh earthquake kills 24", ACEH_BBC, T0);
        long late = place("Reuters", "Rescuers search rubble after deadly Aceh quake", ACEH_REUTERS,
                T0.plus(StorySettings.DEFAULT.window()).plus(Duration.ofDays(1)));

        assertThat(storyOf(late)).isEqualTo(late).isNotEqualTo(storyOf(first));
    }

    @Test
    void an_article_linking_two_stories_closely_enough_merges_them_into_the_older() {
        StoryGrouper loose = new StoryGrouper(store, new StorySettings(0.2, 1, 0, 0, Duration.ofDays(3), 50, 20, 24, 0, 1, 0));
        long a = next++;
        loose.place(new StoryGrouper.Arrival(a, "A", T0, "", "Alpha bravo charlie delta echo foxtrot.", List.of()));
        long b = next++;
        loose.place(new StoryGrouper.Arrival(b, "B", T0, "", "Golf hotel india juliet kilo lima.", List.of()));
        assertThat(storyOf(b)).isEqualTo(b);
        long c = next++;
        loose.place(new StoryGrouper.Arrival(c, "C", T0, "", "Alpha bravo charlie golf hotel india.", List.of()));

        assertThat(List.of(storyOf(a), storyOf(b), storyOf(c))).containsOnly(a);
    }

    @Test
    void compares_a_new_article_with_a_bounded_number_of_candidates_found_through_the_index_within_the_window() {
        StoryStore spied = spy(new InMemoryStoryStore(id -> Optional.empty()));
        StoryGrouper g = new StoryGrouper(spied, StorySettings.DEFAULT);
        for (int i = 0; i < 80; i++) {
            g.place(new StoryGrouper.Arrival(1000 + i, "Outlet " + i, T0, "Aceh earthquake update " + i, ACEH_BBC + " Volunteer" + i
                    + " from Village" + i + " said help came late.", List.of()));
        }
        clearInvocations(spied);

        g.place(new StoryGrouper.Arrival(1, "Reuters", T0, "Rescuers search rubble after deadly Aceh quake", ACEH_REUTERS, List.of()));

        Duration w = StorySettings.DEFAULT.window();
        verify(spied).candidates(any(), eq(T0.minus(w)), eq(T0.plus(w).plusNanos(1)), eq(StorySettings.DEFAULT.candidates()));
        verify(spied, atMost(StorySettings.DEFAULT.candidates())).members(anyLong(), eq(StorySettings.DEFAULT.membersPerStory()));
    }

    @Test
    void undated_reports_of_the_same_people_in_different_years_stay_apart() {
        long fired = place("AP", "76ers fire Cheeks", CHEEKS_FIRED, null);
        long hired = place("ESPN", "76ers hire Cheeks", CHEEKS_HIRED, null);

        assertThat(storyOf(hired)).isEqualTo(hired).isNotEqualTo(storyOf(fired));
    }

    @Test
    void undated_reports_of_the_same_people_join_when_no_year_tells_them_apart() {
        long fired = place("AP", "76ers fire Cheeks", CHEEKS_FIRED.replace(" for the 2008 season", "").replace(" in 2008", ""), null);
        long hired = place("ESPN", "76ers hire Cheeks", CHEEKS_HIRED.replace(" for the 2005 season", "").replace(", fired in 2005", ""), null);

        assertThat(storyOf(hired)).isEqualTo(storyOf(fired));
    }

    @Test
    void a_dated_story_running_over_new_year_stays_one() {
        long bbc = place("BBC", "Aceh earthquake kills 24", ACEH_BBC, Instant.parse("2026-12-31T20:00:00Z"));
        long reuters = place("Reuters", "Rescuers search rubble after deadly Aceh quake", ACEH_REUTERS, Instant.parse("2027-01-01T06:00:00Z"));

        assertThat(storyOf(reuters)).isEqualTo(storyOf(bbc));
    }

    @Test
    void an_article_of_unknown_date_is_compared_with_stored_articles_of_any_date() {
        long bbc = place("BBC", "Aceh earthquake kills 24", ACEH_BBC, T0);
        long undated = place("Reuters", "Rescuers search rubble after deadly Aceh quake", ACEH_REUTERS, null);

        assertThat(storyOf(undated)).isEqualTo(storyOf(bbc));
    }

    @Test
    void an_article_reporting_two_close_knit_events_does_not_merge_their_stories() {
        // given two stories of one topic, each two reports that share most words, the two sharing a few
        StorySettings merging = new StorySettings(0.1, 1, 0, 0, Duration.ofDays(3), 50, 20, 24, 0, 1, 0);
        long fired = placeWith(merging, "alpha bravo charlie delta echo foxtrot golf hotel india juliet.");
        placeWith(merging, "alpha bravo charlie delta echo foxtrot golf hotel india kilo.");
        long hired = placeWith(merging, "alpha bravo lima mike november oscar papa quebec romeo sierra.");
        placeWith(merging, "alpha bravo lima mike november oscar papa quebec romeo tango.");
        assertThat(storyOf(hired)).isNotEqualTo(storyOf(fired));

        // when an article mentions both events, and stories merge as soon as a link reaches the threshold, they become one
        long both = placeWith(merging, "alpha bravo charlie delta echo foxtrot lima mike november oscar.");
        assertThat(List.of(storyOf(fired), storyOf(hired), storyOf(both))).containsOnly(fired);
    }

    @Test
    void an_article_reporting_two_close_knit_events_joins_one_and_leaves_the_other_apart() {
        StorySettings cohesive = new StorySettings(0.1, 1, 0, 0, Duration.ofDays(3), 50, 20, 24, 0, 1, 0.7);
        long fired = placeWith(cohesive, "alpha bravo charlie delta echo foxtrot golf hotel india juliet.");
        placeWith(cohesive, "alpha bravo charlie delta echo foxtrot golf hotel india kilo.");
        long hired = placeWith(cohesive, "alpha bravo lima mike november oscar papa quebec romeo sierra.");
        placeWith(cohesive, "alpha bravo lima mike november oscar papa quebec romeo tango.");

        // when an article mentions both events, the merge asks for as close a link as each story's own reports have
        long both = placeWith(cohesive, "alpha bravo charlie delta echo foxtrot lima mike november oscar.");

        assertThat(storyOf(both)).isIn(storyOf(fired), storyOf(hired));
        assertThat(storyOf(hired)).isNotEqualTo(storyOf(fired));
    }

    private long placeWith(StorySettings settings, String body) {
        long id = next++;
        new StoryGrouper(store, settings).place(new StoryGrouper.Arrival(id, "Outlet " + id, T0, "", body, List.of()));
        return id;
    }
}
