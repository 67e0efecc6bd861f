package io.newsbot.command.feedback;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.feedback.AnsweredQuestion;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.Vote;
import io.newsbot.platform.Reply;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /good [N]} and {@code /bad [N]}: rates the chat's last answer, or answer N of this chat. A 👎 asks once what
 * was wrong ({@link ReasonPrompt}). Votes are kept for admins to read; nothing is learned from them.
 */
public final class RateCommand implements Command {
    private final boolean good;
    private final FeedbackStore store;
    private final ReasonPrompt prompt;
    private final Clock clock;

    private RateCommand(boolean good, FeedbackStore store, ReasonPrompt prompt, Clock clock) {
        this.good = good;
        this.store = store;
        this.prompt = prompt;
        this.clock = clock;
    }

    public static RateCommand good(FeedbackStore store, ReasonPrompt prompt, Clock clock) {
        return new RateCommand(true, store, prompt, clock);
    }

    public static RateCommand bad(FeedbackStore store, ReasonPrompt prompt, Clock clock) {
        return new RateCommand(false, store, prompt, clock);
    }

    @Override
    public String name() {
        return good ? "good" : "bad";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return good ? "rate my last answer (or answer N) as useful" : "rate my last answer (or answer N) as not useful";
    }

    @Override
    public Reply run(CommandContext context) {
        var chat = context.message().chat();
        Optional<AnsweredQuestion> answer;
        if (context.args().isEmpty()) {
            answer = store.lastAnswer(chat);
            if (answer.isEmpty()) return Reply.error("There is no answer of mine in this chat to rate yet.");
        } else {
            long id;
            try {
                id = Long.parseLong(context.args());
            } catch (NumberFormatException e) {
                return Reply.error("Send /" + name() + " to rate my last answer, or /" + name() + " N for the answer numbered N.");
            }
            // Answers of other chats are not this chat's to rate, nor to learn about.
            answer = id > 0 ? store.answer(id).filter(a -> a.chat().key().equals(chat.key())) : Optional.empty();
            if (answer.isEmpty()) return Reply.error("There is no answer " + id + " of mine in this chat.");
        }
        long id = answer.get().id();
        store.vote(new Vote(id, context.message().sender().key(), good, null, clock.instant()));
        if (good) return Reply.info("Thanks for the 👍 on answer " + id + ".");
        prompt.ask(context.message(), id);
        return Reply.info("Thanks for the 👎 on answer " + id + ". " + ReasonPrompt.QUESTION);
    }
}
