package io.newsbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link FeedbackStore} does, whatever it runs on. */
public abstract class FeedbackStoreContract {
    static final ChatRef TEAM = new ChatRef("slack", "C123", ChatType.GROUP);
    static final ChatRef ME = new ChatRef("console", "local", ChatType.PRIVATE);
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    protected abstract FeedbackStore store();

    @Test
    void keeps_an_answer_with_its_question_kind_topic_and_articles_and_finds_the_chats_last() {
        FeedbackStore s = store();
        long first = s.record(answer(TEAM, "what did Lavrov say?", QuestionKind.SPEAKER, "lavrov", List.of(3L, 1L), true));
        long second = s.record(answer(TEAM, "and Peskov?", QuestionKind.FOLLOW_UP, "peskov", List.of(), false));
        s.record(answer(ME, "news on Syria", QuestionKind.TOPIC, "syria", List.of(2L), true));

        assertThat(first).isPositive();
        assertThat(s.answer(first)).contains(answer(TEAM, "what did Lavrov say?", QuestionKind.SPEAKER, "lavrov", List.of(3L, 1L), true)
                .withId(first));
        assertThat(s.lastAnswer(TEAM)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(second));
        assertThat(s.lastAnswer(new ChatRef("telegram", "9", ChatType.PRIVATE))).isEmpty();
    }

    @Test
    void a_second_vote_of_the_same_voter_replaces_the_first_and_a_bad_vote_takes_a_reason() {
        FeedbackStore s = store();
        long id = s.record(answer(TEAM, "what did Lavrov say?", QuestionKind.SPEAKER, "lavrov", List.of(3L), true));
        s.vote(new Vote(id, "slack:U1", true, null, T0));
        s.vote(new Vote(id, "slack:U1", false, null, T0.plusSeconds(5)));
        s.vote(new Vote(id, "slack:U2", true, null, T0.plusSeconds(6)));

        assertThat(s.explain(id, "slack:U2", Vote.Reason.OUTDATED)).isFalse();
        assertThat(s.explain(id, "slack:U1", Vote.Reason.WRONG_PERSON)).isTrue();

        assertThat(s.latestVotes(10)).extracting(FeedbackStore.Rated::vote).containsExactly(
                new Vote(id, "slack:U2", true, null, T0.plusSeconds(6)), new Vote(id, "slack:U1", false, Vote.Reason.WRONG_PERSON, T0.plusSeconds(5)));
        assertThat(s.latestVotes(1)).singleElement().satisfies(r -> assertThat(r.answer().question()).isEqualTo("what did Lavrov say?"));
    }

    @Test
    void counts_votes_and_bad_votes_by_kind_of_question() {
        FeedbackStore s = store();
        long speaker = s.record(answer(TEAM, "what did Lavrov say?", QuestionKind.SPEAKER, "lavrov", List.of(3L), true));
        long topic = s.record(answer(TEAM, "news on Syria", QuestionKind.TOPIC, "syria", List.of(2L), true));
        s.vote(new Vote(speaker, "slack:U1", false, null, T0));
        s.vote(new Vote(speaker, "slack:U2", true, null, T0));
        s.vote(new Vote(topic, "slack:U1", false, null, T0));

        assertThat(s.votesByKind()).containsExactlyInAnyOrder(new FeedbackStore.KindCount(QuestionKind.SPEAKER, 2, 1),
                new FeedbackStore.KindCount(QuestionKind.TOPIC, 1, 1));
    }

    @Test
    void groups_the_questions_answered_not_covered_by_topic_most_asked_first() {
        FeedbackStore s = store();
        s.record(answer(TEAM, "what about Iran sanctions?", QuestionKind.TOPIC, "iran sanctions", List.of(), false));
        s.record(answer(ME, "iran sanctions news", QuestionKind.TOPIC, "iran sanctions", List.of(), false));
        s.record(answer(ME, "football results", QuestionKind.TOPIC, "football results", List.of(), false));
        s.record(answer(ME, "news on Syria", QuestionKind.TOPIC, "syria", List.of(2L), true));

        List<FeedbackStore.TopicCount> topics = s.notCovered(10);

        assertThat(topics).extracting(FeedbackStore.TopicCount::topic, FeedbackStore.TopicCount::questions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("iran sanctions", 2), org.assertj.core.groups.Tuple.tuple("football results", 1));
        assertThat(topics.get(0).example()).isIn("what about Iran sanctions?", "iran sanctions news");
        assertThat(s.notCovered(1)).hasSize(1);
    }

    static AnsweredQuestion answer(ChatRef chat, String question, QuestionKind kind, String topic, List<Long> articles, boolean covered) {
        return new AnsweredQuestion(0, chat, question, kind, topic, articles, covered, T0);
    }
}
