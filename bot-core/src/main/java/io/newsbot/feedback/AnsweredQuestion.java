package io.newsbot.feedback;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question as answered, kept so that a vote says what it rated and admins see what was not covered.
 *
 * @param id         the store's id, 0 before it is stored: the answer's feedback handle
 * @param chat       where it was asked
 * @param question   the question as the user wrote it
 * @param kind       what kind of question it was
 * @param topic      what it was about (its topic, else the speaker asked about), lower case; groups "not covered"
 * @param articleIds the articles the answer cited, in order
 * @param covered    false when the answer was "not covered"
 * @param answeredAt when
 */
public record AnsweredQuestion(long id, ChatRef chat, String question, QuestionKind kind, String topic, List<Long> articleIds,
                               boolean covered, Instant answeredAt) {
    public AnsweredQuestion {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        topic = topic == null ? "" : topic.strip();
        articleIds = List.copyOf(Objects.requireNonNull(articleIds, "articleIds"));
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    public AnsweredQuestion withId(long newId) {
        return new AnsweredQuestion(newId, chat, question, kind, topic, articleIds, covered, answeredAt);
    }
}
