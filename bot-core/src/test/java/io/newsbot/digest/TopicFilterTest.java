package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicFilterTest {

    @Test
    void matches_a_topic_as_a_phrase_in_any_case_with_a_short_ending() {
        TopicFilter filter = new TopicFilter(List.of("North Korea", "syria"));

        assertThat(filter.accepts(article("Talks", "The north korean envoy arrived."))).isTrue();
        assertThat(filter.accepts(article("Syrian refugees return", "Families went home."))).isTrue();
        assertThat(filter.accepts(article("Talks", "North and South Korea met."))).isFalse();
        assertThat(filter.accepts(article("Football", "Arsenal won at home."))).isFalse();
    }

    @Test
    void does_not_match_inside_other_words() {
        TopicFilter filter = new TopicFilter(List.of("Iran"));

        assertThat(filter.accepts(article("Weather", "Tirana had sun."))).isFalse();
        assertThat(filter.accepts(article("Talks", "Iranian officials spoke."))).isTrue();
    }

    @Test
    void no_topics_let_everything_through() {
        assertThat(new TopicFilter(List.of()).accepts(article("Anything", "at all"))).isTrue();
    }

    private static Article article(String title, String body) {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        return new Article(1, "x", "", title, "", t, t, "en", "h", body);
    }
}
