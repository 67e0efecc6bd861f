package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventYearTest {
    @Test
    void a_dated_article_is_of_its_publication_year_whatever_its_text_mentions() {
        assertThat(EventYear.of(Instant.parse("2016-04-03T10:00:00Z"), "Panama Papers", "Files from 2015 and 2015 again.")).isEqualTo(2016);
    }

    @Test
    void an_undated_article_is_of_the_year_its_text_mentions_most() {
        assertThat(EventYear.of(null, "Cheeks fired", "Fired in 2008 after the 2008 start; hired in 2005.")).isEqualTo(2008);
    }

    @Test
    void amounts_and_long_numbers_are_no_years() {
        assertThat(EventYear.of(null, "Deal", "A $2008 fee, 12,2008 fans, 20081 votes and 2008.5 points.")).isEqualTo(EventYear.UNKNOWN);
    }

    @Test
    void an_undated_article_without_a_year_has_none() {
        assertThat(EventYear.of(null, "", "No year here.")).isEqualTo(EventYear.UNKNOWN);
    }
}
