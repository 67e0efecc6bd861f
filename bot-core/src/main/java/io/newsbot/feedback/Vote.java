package io.newsbot.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's rating of one answer.
 *
 * @param answerId the answer's feedback handle
 * @param voter    the user key of who voted
 * @param good     👍 or 👎
 * @param reason   what was wrong, for a 👎 whose voter said; else {@code null}
 * @param at       when
 */
public record Vote(long answerId, String voter, boolean good, Reason reason, Instant at) {
    public Vote {
        if (answerId < 1) throw new IllegalArgumentException("answerId must be positive");
        if (voter == null || voter.isBlank()) throw new IllegalArgumentException("voter must not be blank");
        if (good && reason != null) throw new IllegalArgumentException("reason is only for a bad vote");
        Objects.requireNonNull(at, "at");
    }

    /** What was wrong with an answer, as a 👎 may say. */
    public enum Reason {
        WRONG_PERSON("wrong person"), OFF_QUESTION("not about my question"), OUTDATED("outdated"), OTHER("other");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
