package io.newsbot.command.feedback;

import io.newsbot.command.AwaitedReply;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.Vote;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After a 👎, the one-word answer to "what was wrong?": person, question, outdated or other. The next message of the
 * conversation is that answer or it is not; either way the question is forgotten, so it is asked once and optional.
 */
public final class ReasonPrompt implements AwaitedReply {
    public static final String QUESTION = "What was wrong? Reply with one word: person (the wrong person), question (not about my question), "
            + "outdated, or other. Or just carry on.";
    private static final int MAX_PENDING = 10_000;
    private final FeedbackStore store;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(long answerId, String voter) {
    }

    public ReasonPrompt(FeedbackStore store) {
        this.store = store;
    }

    /** Asks the voter, in this conversation, what was wrong with the answer. */
    void ask(InboundMessage message, long answerId) {
        if (pending.size() >= MAX_PENDING) pending.clear();
        pending.put(message.conversationKey(), new Pending(answerId, message.sender().key()));
    }

    @Override
    public Optional<Reply> take(InboundMessage message) {
        Pending p = pending.remove(message.conversationKey());
        if (p == null || !p.voter().equals(message.sender().key())) return Optional.empty();
        Optional<Vote.Reason> reason = reason(message.text());
        if (reason.isEmpty()) return Optional.empty();
        store.explain(p.answerId(), p.voter(), reason.get());
        return Optional.of(Reply.info("Noted: " + reason.get().label() + ". Thank you."));
    }

    static Optional<Vote.Reason> reason(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+$", "").replaceAll("^[\\p{Punct}\\s]+", "");
        return Optional.ofNullable(switch (word) {
            case "person", "wrong person", "people" -> Vote.Reason.WRONG_PERSON;
            case "question", "not about my question", "off topic", "irrelevant" -> Vote.Reason.OFF_QUESTION;
            case "outdated", "old", "out of date" -> Vote.Reason.OUTDATED;
            case "other" -> Vote.Reason.OTHER;
            default -> null;
        });
    }
}
