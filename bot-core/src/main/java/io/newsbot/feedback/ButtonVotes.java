package io.newsbot.feedback;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Sender;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a press on an answer's 👍 / 👎 buttons does, on any platform: records the vote through the same store as
 * {@code /good} and {@code /bad} (a second press replaces the voter's vote, never adds one), and after a 👎 offers once
 * the buttons that say what was wrong. A press on an answer of another chat, or on one no longer kept, records nothing.
 */
public final class ButtonVotes {
    private final FeedbackStore store;
    private final Clock clock;

    public ButtonVotes(FeedbackStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What the platform shows after a press.
     *
     * @param notice  a short line for the presser (Telegram's toast, Slack's ephemeral note)
     * @param askReason whether to offer the {@link #reasons reason buttons} now (after a 👎); else the answer carries
     *                  just 👍 / 👎 again
     * @param recorded  whether anything was stored
     */
    public record Outcome(String notice, boolean askReason, boolean recorded) {
        public Outcome {
            if (notice == null || notice.isBlank()) throw new IllegalArgumentException("notice must not be blank");
        }
    }

    /** The 👍 / 👎 pair every answer carries. */
    public static List<VoteButton> votes(long answerId) {
        return List.of(VoteButton.good(answerId), VoteButton.bad(answerId));
    }

    /** The buttons that say what was wrong with a 👎'd answer. */
    public static List<VoteButton> reasons(long answerId) {
        return Arrays.stream(Vote.Reason.values()).map(r -> VoteButton.reason(answerId, r)).toList();
    }

    /** Handles a press by {@code voter} in {@code chat}. */
    public Outcome press(VoteButton button, ChatRef chat, Sender voter) {
        long id = button.answerId();
        // Only this chat's answers: a forged callback must not rate, or learn about, another chat's.
        Optional<AnsweredQuestion> answer = store.answer(id).filter(a -> a.chat().key().equals(chat.key()));
        if (answer.isEmpty()) return new Outcome("That answer can no longer be rated.", false, false);
        return switch (button.choice()) {
            case GOOD -> {
                store.vote(new Vote(id, voter.key(), true, null, clock.instant()));
                yield new Outcome("Thanks — noted 👍", false, true);
            }
            case BAD -> {
                store.vote(new Vote(id, voter.key(), false, null, clock.instant()));
                yield new Outcome("Thanks — noted 👎. What was wrong? Pick one below if you like.", true, true);
            }
            case REASON -> store.explain(id, voter.key(), button.reason())
                    ? new Outcome("Noted: " + button.reason().label() + ". Thank you.", false, true)
                    : new Outcome("Press 👎 first, then say what was wrong.", false, false);
        };
    }
}
