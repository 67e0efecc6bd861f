package io.newsbot.answer;

import io.newsbot.platform.Reply;

/** Answers a question from the articles, citing them, or says they do not cover it. */
public interface Answerer {
    /**
     * @param question the parsed question
     * @param previous the reply to the conversation's previous question, or {@code null}
     */
    Reply answer(Question question, Reply previous);
}
