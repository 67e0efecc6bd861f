package io.newsbot.feedback;

import io.newsbot.platform.ChatRef;
import java.util.List;
import java.util.Optional;

/** Answers with their questions, and the votes on them. Nothing is learned from votes: admins read them. */
public interface FeedbackStore extends AnswerLog {
    Optional<AnsweredQuestion> answer(long id);

    /** The latest answer given in the chat. */
    Optional<AnsweredQuestion> lastAnswer(ChatRef chat);

    /** Stores a vote, replacing the voter's earlier vote on that answer. */
    void vote(Vote vote);

    /** Adds what was wrong to the voter's 👎 on that answer. @return false when there is no such 👎 */
    boolean explain(long answerId, String voter, Vote.Reason reason);

    /** The latest votes with what they rated, newest first. */
    List<Rated> latestVotes(int limit);

    /** Votes counted by kind of question. */
    List<KindCount> votesByKind();

    /** The topics answered "not covered" most often, with how many times and one question as asked. */
    List<TopicCount> notCovered(int limit);

    /** A vote and the answer it rated. */
    record Rated(Vote vote, AnsweredQuestion answer) {
    }

    /** How many answers of one kind were rated, and how many of those 👎. */
    record KindCount(QuestionKind kind, int votes, int bad) {
    }

    /** A topic not covered, how many questions asked about it, and one of them. */
    record TopicCount(String topic, int questions, String example) {
    }
}
