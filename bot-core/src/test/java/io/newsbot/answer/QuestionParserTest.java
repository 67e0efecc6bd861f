package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
    // A Wednesday
    private final QuestionParser parser = new QuestionParser(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Berlin"));

    private Question parse(String text) {
        return parser.parse(text, null, List.of("politico", "usa today"));
    }

    @Test
    void reads_what_was_said_about_a_topic() {
        Question q = parse("What was said about Syria?");
        assertThat(q.intent()).isEqualTo(Question.Intent.ABOUT);
        assertThat(q.topic()).isEqualTo("Syria");
        assertThat(q.filter().isNone()).isTrue();
    }

    @Test
    void reads_whose_statements_are_asked_for() {
        Question q = parse("What did Sarah Sanders say about a meeting?");
        assertThat(q.intent()).isEqualTo(Question.Intent.SPEAKER);
        assertThat(q.speaker()).isEqualTo("Sarah Sanders");
        assertThat(q.topic()).isEqualTo("a meeting");
    }

    @Test
    void reads_this_week_as_since_monday_in_the_configured_zone() {
        Question q = parse("What's new on North Korea this week?");
        assertThat(q.intent()).isEqualTo(Question.Intent.LATEST);
        assertThat(q.topic()).isEqualTo("North Korea");
        assertThat(q.filter().from()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(q.filter().to()).isNull();
    }

    @Test
    void reads_since_a_weekday_and_yesterday() {
        assertThat(parse("news about Iran since Monday").filter().from()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        Question y = parse("what was said about Iran yesterday");
        assertThat(y.filter().from()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(y.filter().to()).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(y.topic()).isEqualTo("Iran");
    }

    @Test
    void reads_a_known_publisher_as_a_source_filter() {
        Question q = parse("What was said about Clinton from Politico?");
        assertThat(q.filter().publishers()).containsExactly("politico");
        assertThat(q.topic()).isEqualTo("Clinton");
    }

    @Test
    void a_follow_up_takes_a_new_topic_and_keeps_the_previous_dates() {
        Question first = parse("What was said about Syria this week?");
        Question next = parser.parse("and what about Ukraine?", first, List.of());
        assertThat(next.topic()).isEqualTo("Ukraine");
        assertThat(next.filter()).isEqualTo(first.filter());
    }

    @Test
    void who_said_that_refers_to_the_previous_answer() {
        Question first = parse("What was said about Syria?");
        assertThat(parser.parse("who said that?", first, List.of()).intent()).isEqualTo(Question.Intent.WHO_SAID_THAT);
    }

    @Test
    void a_follow_up_with_nothing_before_it_is_a_plain_question() {
        Question q = parse("and what about Ukraine?");
        assertThat(q.topic()).isEqualTo("Ukraine");
    }
}
