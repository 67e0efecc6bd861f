package io.newsbot.command;

import io.newsbot.guard.InputPolicy;
import io.newsbot.guard.RateLimiter;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's one entry point for every platform: takes an inbound message, returns the reply to send (or
 * nothing). Checks input and rate limits, records the chat, and routes to the command. Knows no platform.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    private final CommandRouter router;
    private final ChatStore chats;
    private final InputPolicy input;
    private final RateLimiter perUser;
    private final RateLimiter perChat;
    private final Clock clock;
    private volatile Listener listener = (platform, kind, nanos) -> { };

    /** Told of every handled message, for metrics. */
    @FunctionalInterface
    public interface Listener {
        void handled(String platform, Reply.Kind kind, long nanos);
    }

    public Bot(CommandRouter router, ChatStore chats, InputPolicy input, RateLimiter perUser, RateLimiter perChat, Clock clock) {
        this.router = router;
        this.chats = chats;
        this.input = input;
        this.perUser = perUser;
        this.perChat = perChat;
        this.clock = clock;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public Optional<Reply> handle(InboundMessage message) {
        long started = System.nanoTime();
        Optional<Reply> reply = decide(message);
        reply.ifPresent(r -> listener.handled(message.chat().platform(), r.kind(), System.nanoTime() - started));
        return reply;
    }

    private Optional<Reply> decide(InboundMessage message) {
        // The operator at the console is not limited: piped questions from a script are theirs.
        RateLimiter.Verdict user = Access.isOperator(message.sender()) ? RateLimiter.Verdict.ALLOWED : perUser.acquire(message.sender().key());
        RateLimiter.Verdict chat = user == RateLimiter.Verdict.ALLOWED && !Access.isOperator(message.sender())
                ? perChat.acquire(message.chat().key()) : user;
        if (user != RateLimiter.Verdict.ALLOWED || chat != RateLimiter.Verdict.ALLOWED) {
            boolean first = user == RateLimiter.Verdict.REFUSED_FIRST || chat == RateLimiter.Verdict.REFUSED_FIRST;
            return first ? Optional.of(Reply.text(Reply.Kind.REFUSED, "You're sending messages faster than I can answer; "
                    + "please slow down and try again in a minute.")) : Optional.empty();
        }
        InputPolicy.Checked checked = input.check(message.text());
        if (checked.problem().isPresent()) return Optional.of(Reply.error(checked.problem().get()));
        try {
            chats.seen(message.chat(), clock.instant());
            return Optional.of(router.route(message.withText(checked.text())));
        } catch (RuntimeException e) {
            log.error("Failed to handle a message in {}", message.chat().key(), e);
            return Optional.of(Reply.error("Sorry, something went wrong on my side while answering that. Please try again."));
        }
    }
}
