package io.newsbot.answer;

import io.newsbot.index.SearchQuery;
import java.util.Objects;

/**
 * A question as newsbot understood it.
 *
 * @param text    what the user wrote
 * @param topic   what the question is about, with scaffolding, the speaker and filters removed ("sanctions" in "what did
 *                Lavrov say about sanctions?"); empty when a speaker question names no topic
 * @param speaker whose statements are asked for ("what did Lavrov say?"), or empty
 * @param filter  date and publisher restrictions the user asked for
 * @param intent  what kind of answer fits
 * @param more    the user asked for more of the previous answer ("more", "what else did he say?"): the answer leaves out
 *                what the previous reply already showed
 * @param datesPreferred the filter's dates came from vague words ("this week", "last week", "this month"): articles of
 *                those dates are preferred, and the rest searched when they hold nothing on the question, since a user
 *                who says "this week" on a Monday means the last few days too
 */
public record Question(String text, String topic, String speaker, SearchQuery.Filter filter, Intent intent, boolean more,
                       boolean datesPreferred) {
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        speaker = speaker == null ? "" : speaker;
        filter = filter == null ? SearchQuery.Filter.NONE : filter;
        Objects.requireNonNull(intent, "intent");
    }

    public Question(String text, String topic, String speaker, SearchQuery.Filter filter, Intent intent, boolean more) {
        this(text, topic, speaker, filter, intent, more, false);
    }

    public Question(String text, String topic, String speaker, SearchQuery.Filter filter, Intent intent) {
        this(text, topic, speaker, filter, intent, false);
    }

    /** The same question with its dates a preference ({@code true}) or a cut ({@code false}). */
    public Question withDatesPreferred(boolean preferred) {
        return new Question(text, topic, speaker, filter, intent, more, preferred);
    }

    /** The words to search the index for: the speaker's name and the topic. */
    public String searchText() {
        return (speaker + " " + topic).strip();
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
