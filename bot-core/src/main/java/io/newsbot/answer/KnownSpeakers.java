package io.newsbot.answer;

/**
 * Whether a name in a question is someone the articles quote: tells "Lavrov on sanctions" (Lavrov's statements on
 * sanctions) from "news on North Korea", and "and Peskov?" (the same question, another speaker) from "and Ukraine?"
 * (the same speaker, another topic).
 */
@FunctionalInterface
public interface KnownSpeakers {
    /** @param name a name as the user typed it, any case */
    boolean isQuoted(String name);
}
