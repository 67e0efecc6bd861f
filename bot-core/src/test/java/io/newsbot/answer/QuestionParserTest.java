package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
    /** The speakers a store of the corpus's statements would know (any case). */
    static final KnownSpeakers QUOTED = name -> Set.of("lavrov", "peskov", "putin", "trump").contains(name.toLowerCase(Locale.ROOT));
    // A Wednesday
    private final QuestionParser parser = new QuestionParser(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Berlin"), QUOTED);

    private Question parse(String text) {
        return parser.parse(text, null, List.of("politico", "usa today"));
    }

    private Question after(Question previous, String text) {
        return parser.parse(text, previous, List.of("politico", "usa today"));
    }

    @Test
    void reads_what_was_said_about_a_topic() {
        Question q = parse("What was said about Syria?");
        assertThat(q.intent()).isEqualTo(Question.Intent.ABOUT);
        assertThat(q.topic()).isEqualTo("Syria");
        assertThat(q.speaker()).isEmpty();
        assertThat(q.filter().isNone()).isTrue();
    }

    @Test
    void reads_whose_statements_are_asked_for_with_the_topic_apart() {
        Question q = parse("What did Sarah Sanders say about a meeting?");
        assertThat(q.intent()).isEqualTo(Question.Intent.SPEAKER);
        assertThat(q.speaker()).isEqualTo("Sarah Sanders");
        assertThat(q.topic()).isEqualTo("meeting");
        assertThat(q.searchText()).isEqualTo("Sarah Sanders meeting");
    }

    @Test
    void a_speaker_question_without_a_topic_has_an_empty_topic() {
        Question q = parse("What did Lavrov say?");
        assertThat(q.speaker()).isEqualTo("Lavrov");
        assertThat(q.topic()).isEmpty();
    }

    @Test
    void reads_speaker_and_topic_in_the_ways_people_ask() {
        assertSpeakerAndTopic("What did Trump say about Syria?", "Trump", "Syria");
        assertSpeakerAndTopic("Lavrov on sanctions", "Lavrov", "sanctions");
        assertSpeakerAndTopic("Putin's view of NATO", "Putin", "NATO");
        assertSpeakerAndTopic("Peskov's comments on the Iran deal", "Peskov", "Iran deal");
        assertSpeakerAndTopic("did Lavrov say anything about sanctions?", "Lavrov", "sanctions");
        assertSpeakerAndTopic("what's Lavrov's take on sanctions", "Lavrov", "sanctions");
        assertSpeakerAndTopic("What has Putin said about Ukraine?", "Putin", "Ukraine");
        assertSpeakerAndTopic("what Lavrov said about the talks", "Lavrov", "talks");
        assertSpeakerAndTopic("How did the Kremlin react to the sanctions?", "Kremlin", "sanctions");
        assertSpeakerAndTopic("What did Tillerson tell reporters about North Korea?", "Tillerson", "North Korea");
        assertSpeakerAndTopic("statements by Peskov on Ukraine", "Peskov", "Ukraine");
        assertSpeakerAndTopic("What was said by Lavrov about the talks?", "Lavrov", "talks");
        assertSpeakerAndTopic("What did Pence have to say about taxes?", "Pence", "taxes");
    }

    private void assertSpeakerAndTopic(String text, String speaker, String topic) {
        Question q = parse(text);
        assertThat(q.intent()).as(text).isEqualTo(Question.Intent.SPEAKER);
        assertThat(q.speaker()).as(text).isEqualTo(speaker);
        assertThat(q.topic()).as(text).isEqualTo(topic);
    }

    @Test
    void a_topic_after_on_is_no_speaker_unless_the_articles_quote_the_name() {
        Question news = parse("news on North Korea");
        Question sanctions = parse("Sanctions on Russia");

        assertThat(news.intent()).isEqualTo(Question.Intent.ABOUT);
        assertThat(news.topic()).isEqualTo("North Korea");
        assertThat(sanctions.speaker()).isEmpty();
    }

    @Test
    void reads_questions_wrapped_in_chat() {
        for (String text : List.of("hey, what did Lavrov say?", "Hey @newsbot_bot, what did Lavrov say?", "What did Lavrov say? (1)",
                "ok so what did lavrov say??", "quick question: what did Lavrov say 🙏", "can you tell me what did Lavrov say, please?",
                "Hi! waht did Lavrov say :)", "what did Lavrov say @newsbot_bot", "I'd like to know what Lavrov said. thanks!")) {
            Question q = parse(text);
            assertThat(q.intent()).as(text).isEqualTo(Question.Intent.SPEAKER);
            assertThat(q.speaker()).as(text).isEqualTo("Lavrov");
            assertThat(q.topic()).as(text).isEmpty();
        }
        assertThat(parse("Hi! What was said about Syria?").topic()).isEqualTo("Syria");
        assertThat(parse("what did lavrov sya about sanctions").searchText()).isEqualTo("Lavrov sanctions");
    }

    @Test
    void reads_this_week_as_the_last_seven_days_in_the_configured_zone_and_as_a_preference() {
        Question q = parse("What's new on North Korea this week?");
        assertThat(q.intent()).isEqualTo(Question.Intent.LATEST);
        assertThat(q.topic()).isEqualTo("North Korea");
        assertThat(q.filter().from()).isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
        assertThat(q.filter().to()).isNull();
        assertThat(q.datesPreferred()).isTrue();
        assertThat(parse("whats new on North Korea thsi wek?").filter()).isEqualTo(q.filter());
    }

    @Test
    void reads_last_week_as_seven_to_fourteen_days_back() {
        Question q = parse("Which country won the vote last week?");
        assertThat(q.filter().from()).isEqualTo(Instant.parse("2026-11-10T23:00:00Z"));
        assertThat(q.filter().to()).isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
        assertThat(q.datesPreferred()).isTrue();
    }

    @Test
    void keeps_precise_dates_a_cut_and_vague_ones_a_preference_across_follow_ups() {
        assertThat(parse("what was said about Iran yesterday").datesPreferred()).isFalse();
        assertThat(parse("news about Iran since Monday").datesPreferred()).isFalse();
        assertThat(parse("What was said about Iran?").datesPreferred()).isFalse();
        Question first = parse("What was said about Syria this week?");
        assertThat(after(first, "and what about Ukraine?").datesPreferred()).isTrue();
        assertThat(after(first, "more").datesPreferred()).isTrue();
        assertThat(after(first, "and Ukraine yesterday?").datesPreferred()).isFalse();
    }

    @Test
    void reads_since_a_weekday_and_yesterday() {
        assertThat(parse("news about Iran since Monday").filter().from()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        Question y = parse("what was said about Iran yesterday");
        assertThat(y.filter().from()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(y.filter().to()).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(y.topic()).isEqualTo("Iran");
        Question days = parse("What did Lavrov say about Iran in the last 3 days?");
        assertThat(days.filter().from()).isEqualTo(Instant.parse("2026-11-21T23:00:00Z"));
        assertThat(days.topic()).isEqualTo("Iran");
    }

    @Test
    void reads_a_known_publisher_as_a_source_filter() {
        Question q = parse("What was said about Clinton from Politico?");
        assertThat(q.filter().publishers()).containsExactly("politico");
        assertThat(q.topic()).isEqualTo("Clinton");
        assertThat(parse("What did Lavrov say about Syria from Politico, please?").filter().publishers()).containsExactly("politico");
    }

    @Test
    void a_follow_up_takes_a_new_topic_and_keeps_the_previous_dates() {
        Question first = parse("What was said about Syria this week?");
        Question next = after(first, "and what about Ukraine?");
        assertThat(next.intent()).isEqualTo(Question.Intent.ABOUT);
        assertThat(next.topic()).isEqualTo("Ukraine");
        assertThat(next.filter()).isEqualTo(first.filter());
        assertThat(after(first, "and Ukraine?").topic()).isEqualTo("Ukraine");
    }

    @Test
    void a_new_topic_after_a_speaker_question_keeps_the_speaker() {
        Question first = parse("What did Trump say about Syria?");
        for (String text : List.of("and Ukraine?", "what about Ukraine?", "And on Ukraine?", "how about Ukraine")) {
            Question next = after(first, text);
            assertThat(next.intent()).as(text).isEqualTo(Question.Intent.SPEAKER);
            assertThat(next.speaker()).as(text).isEqualTo("Trump");
            assertThat(next.topic()).as(text).isEqualTo("Ukraine");
        }
    }

    @Test
    void a_new_speaker_after_a_speaker_question_keeps_the_topic() {
        Question first = parse("What did Lavrov say about sanctions?");
        Question next = after(first, "and Peskov?");
        assertThat(next.intent()).isEqualTo(Question.Intent.SPEAKER);
        assertThat(next.speaker()).isEqualTo("Peskov");
        assertThat(next.topic()).isEqualTo("sanctions");
        Question both = after(first, "what about Putin on NATO?");
        assertThat(both.speaker()).isEqualTo("Putin");
        assertThat(both.topic()).isEqualTo("NATO");
    }

    @Test
    void asking_for_more_repeats_the_previous_question_marked_more() {
        Question first = parse("What did Lavrov say about sanctions?");
        for (String text : List.of("more", "more please", "anything else?", "what else did he say?", "What else did Lavrov say?", "tell me more")) {
            Question next = after(first, text);
            assertThat(next.more()).as(text).isTrue();
            assertThat(next.speaker()).as(text).isEqualTo("Lavrov");
            assertThat(next.topic()).as(text).isEqualTo("sanctions");
            assertThat(next.intent()).as(text).isEqualTo(Question.Intent.SPEAKER);
            assertThat(next.text()).as(text).isEqualTo(text);
        }
        assertThat(after(parse("What was said about Syria?"), "more").topic()).isEqualTo("Syria");
    }

    @Test
    void he_and_she_are_the_previous_speaker() {
        Question first = parse("What did Sarah Sanders say about the meeting?");
        Question next = after(first, "what did she say about the budget?");
        assertThat(next.intent()).isEqualTo(Question.Intent.SPEAKER);
        assertThat(next.speaker()).isEqualTo("Sarah Sanders");
        assertThat(next.topic()).isEqualTo("budget");
        assertThat(next.more()).isFalse();
    }

    @Test
    void who_said_that_refers_to_the_previous_answer() {
        Question first = parse("What was said about Syria?");
        for (String text : List.of("who said that?", "Who said this?", "whose words are those?", "and who said that")) {
            assertThat(after(first, text).intent()).as(text).isEqualTo(Question.Intent.WHO_SAID_THAT);
        }
    }

    @Test
    void a_follow_up_with_nothing_before_it_is_a_plain_question() {
        Question q = parse("and what about Ukraine?");
        assertThat(q.topic()).isEqualTo("Ukraine");
        assertThat(q.intent()).isEqualTo(Question.Intent.ABOUT);
        assertThat(parse("more").more()).isFalse();
        assertThat(parse("what did he say about Ukraine?").speaker()).isEmpty();
    }

    @Test
    void a_name_typed_in_lower_case_is_written_as_a_name() {
        assertThat(parse("what did sarah sanders say").speaker()).isEqualTo("Sarah Sanders");
        assertThat(parse("what did Lavrov say").speaker()).isEqualTo("Lavrov");
    }

    @Test
    void the_default_tells_speakers_by_the_look_of_the_name() {
        KnownSpeakers shapes = new NameShapes();
        assertThat(shapes.isQuoted("Lavrov")).isTrue();
        assertThat(shapes.isQuoted("Sarah Sanders")).isTrue();
        assertThat(shapes.isQuoted("O'Neill")).isTrue();
        assertThat(shapes.isQuoted("Ukraine")).isFalse();
        assertThat(shapes.isQuoted("North Korea")).isFalse();
        assertThat(shapes.isQuoted("NATO")).isFalse();
        assertThat(shapes.isQuoted("the sanctions")).isFalse();
        QuestionParser byShape = new QuestionParser(Clock.systemUTC(), ZoneOffset.UTC);
        Question first = byShape.parse("What did Trump say about Syria?", null, List.of());
        assertThat(byShape.parse("and Ukraine?", first, List.of()).speaker()).isEqualTo("Trump");
        assertThat(byShape.parse("and Peskov?", first, List.of()).speaker()).isEqualTo("Peskov");
    }
}
