package io.newsbot.answer;

import io.newsbot.index.SearchQuery;
import java.util.Objects;

/**
 * A question as newsbot understood it.
 *
 * @param text    what the user wrote
 * @param topic   the words to search for, question scaffolding and filters removed
 * @param speaker whose statements are asked for ("what did Lavrov say?"), or empty
 * @param filter  date and publisher restrictions the user asked for
 * @param intent  what kind of answer fits
 */
public record Question(String text, String topic, String speaker, SearchQuery.Filter filter, Intent intent) {
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        speaker = speaker == null ? "" : speaker;
        filter = filter == null ? SearchQuery.Filter.NONE : filter;
        Objects.requireNonNull(intent, "intent");
    }

    /** The kinds of questions newsbot answers differently. */
    public enum Intent {
        /** What was said about a topic. */
        ABOUT,
        /** What a person said. */
        SPEAKER,
        /** What is new on a topic: newest first. */
        LATEST,
        /** Who said the statements of the previous answer. */
        WHO_SAID_THAT
    }
}
