package io.newsbot.command;

import io.newsbot.answer.Question;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers a question asked in reply to something the bot sent that gives it a context of its own (a digest), instead of
 * as a question on its own. {@link AskCommand} asks it first about every message that replies to one of the bot's.
 */
@FunctionalInterface
public interface InReplyAnswerer {
    /** Knows no such message: every question is answered on its own. */
    InReplyAnswerer NONE = (message, question, publishers) -> Optional.empty();

    /**
     * @param message    the message, whose {@link InboundMessage#repliesTo()} is set
     * @param question   the question as typed
     * @param publishers the publishers the articles come from, lower case, as the question parser takes them
     * @return the answer, or empty when the message replied to gives no context of its own
     */
    Optional<Answered> answer(InboundMessage message, String question, List<String> publishers);

    /** The question as understood, and the reply. */
    record Answered(Question question, Reply reply) {
        public Answered {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(reply, "reply");
        }
    }
}
