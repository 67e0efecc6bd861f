package io.newsbot.feedback;

/** Where answers are recorded as they are given, each getting the feedback handle that rates it. */
@FunctionalInterface
public interface AnswerLog {
    /** Keeps nothing and gives no handle. */
    AnswerLog NONE = answer -> 0;

    /** @return the answer's id, its feedback handle; 0 when it is not kept */
    long record(AnsweredQuestion answer);
}
