package io.newsbot.feedback;

import io.newsbot.answer.Question;

/** The kinds of question feedback is counted by, so admins see which kind disappoints. */
public enum QuestionKind {
    SPEAKER("speaker question"), TOPIC("topic question"), LATEST("latest news"), FOLLOW_UP("follow-up");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    /** How admins read it. */
    public String label() {
        return label;
    }

    /**
     * @param followUp whether the question continued the previous one ("and Ukraine?", "more", "who said that?")
     */
    public static QuestionKind of(Question question, boolean followUp) {
        if (followUp || question.more() || question.intent() == Question.Intent.WHO_SAID_THAT) return FOLLOW_UP;
        return switch (question.intent()) {
            case SPEAKER -> SPEAKER;
            case LATEST -> LATEST;
            case ABOUT, WHO_SAID_THAT -> TOPIC;
        };
    }
}
