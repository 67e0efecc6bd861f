package io.newsbot.telegram;

import io.newsbot.command.Bot;
import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.progress.ProgressIndicator;
import io.newsbot.progress.SlowAnswers;
import io.newsbot.store.ChatStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Handles each update from Telegram: answers what is addressed to the bot ("typing…" while an answer takes over a second), notes
 * when the bot is added to or removed from a chat, and ignores the rest. An update is claimed under its id in the
 * store together with its reply, which goes to the outbox (see {@link EventReplies}); an update claimed before (a
 * redelivery after a crash, or one another instance handled) is not handled again. Work runs per chat in arrival
 * order, different chats in parallel.
 */
final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    private static final Set<String> GONE = Set.of("kicked", "left");
    private static final Set<String> PRESENT = Set.of("member", "administrator", "creator", "restricted");
    private final InboundTranslator translator;
    private final Bot bot;
    private final TelegramMessenger messenger;
    private final ChatStore chats;
    private final ChatQueues queues;
    private final UpdateLedger ledger;
    private final EventReplies replies;
    private final OutboxSender sender;
    private final String keyPrefix;
    private final Duration answerDeadline;
    private final SlowAnswers slow;
    private final CallbackQueries presses;
    private final Clock clock;

    /**
     * @param ledger         the received updates of this polling session (or none, for webhooks)
     * @param botId          the bot's Telegram id: update ids are per bot, and so are their claims
     * @param answerDeadline how long an answer is worth sending: the outbox gives it up after that
     * @param slow           shows "typing…" while an answer takes longer than a moment
     * @param presses        what a press on an answer's buttons does
     */
    UpdateHandler(InboundTranslator translator, Bot bot, TelegramMessenger messenger, ChatStore chats, ChatQueues queues, UpdateLedger ledger,
                  EventReplies replies, OutboxSender sender, long botId, Duration answerDeadline, SlowAnswers slow, CallbackQueries presses, Clock clock) {
        this.translator = translator;
        this.bot = bot;
        this.messenger = messenger;
        this.chats = chats;
        this.queues = queues;
        this.ledger = ledger;
        this.replies = replies;
        this.sender = sender;
        this.keyPrefix = "telegram:" + botId + ":";
        this.answerDeadline = answerDeadline;
        this.slow = slow;
        this.presses = presses;
        this.clock = clock;
    }

    /** A batch from {@code getUpdates}. Never throws: polling must go on. */
    void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                accept(update);
            } catch (RuntimeException e) {
                log.error("Could not handle Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    /** Handles one update; the future completes once it is claimed with its reply queued (or found handled before). */
    CompletableFuture<Void> accept(Update update) {
        if (update.getUpdateId() == null) return CompletableFuture.completedFuture(null);
        int id = update.getUpdateId();
        if (!ledger.received(id)) return CompletableFuture.completedFuture(null);
        List<String> key = List.of(keyPrefix + id);
        Optional<Work> work = work(update);
        if (work.isEmpty() || replies.handledBefore(key)) {
            ledger.handled(id);
            return CompletableFuture.completedFuture(null);
        }
        return queues.submit(chatKey(update), () -> {
            try {
                commit(key, work.get().reply(key.get(0)));
            } finally {
                ledger.handled(id);
            }
        });
    }

    private void commit(List<String> key, Optional<Outgoing> reply) {
        EventReplies.Outcome outcome = replies.commit(key, clock.instant(), reply);
        if (outcome == EventReplies.Outcome.QUEUED) sender.wake();
        else if (outcome == EventReplies.Outcome.ALREADY_HANDLED) log.debug("Telegram {} was handled before; not answering it again", key);
    }

    /** What to do for an update, run in its chat's turn: the reply to queue, if any. */
    @FunctionalInterface
    private interface Work {
        /** @param tag the update's claim key, which the queued reply carries */
        Optional<Outgoing> reply(String tag);
    }

    private Optional<Work> work(Update update) {
        if (update.hasMyChatMember()) return membership(update.getMyChatMember());
        // A press is claimed like a message (a redelivered one is not answered twice); its vote replaces, never adds.
        if (update.hasCallbackQuery()) return Optional.of(tag -> {
            presses.handle(update.getCallbackQuery());
            return Optional.empty();
        });
        return translator.translate(update).map(incoming -> tag -> answer(incoming, tag));
    }

    private Optional<Outgoing> answer(Incoming incoming, String tag) {
        Optional<Reply> reply = slow.answer(typing(incoming.target()), () -> bot.handle(incoming.message()));
        Instant now = clock.instant();
        Target t = incoming.target();
        return reply.map(r -> new Outgoing(incoming.message().chat(), t.topicId() == null ? null : t.topicId().toString(),
                TelegramRoute.replyingTo(t.replyTo()), r, tag, now, now.plus(answerDeadline)));
    }

    /** "typing…" in the chat, which Telegram shows for 5 s or until the bot's next message: renewed, never taken away. */
    private ProgressIndicator typing(Target target) {
        return new ProgressIndicator() {
            @Override
            public void working() {
                messenger.typing(target);
            }

            @Override
            public void done() {
            }
        };
    }

    /** The bot was added to or removed from a chat: digests go only where it still is. */
    private Optional<Work> membership(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        ChatType type = chat == null ? null : InboundTranslator.type(chat);
        if (type == null || change.getNewChatMember() == null) return Optional.empty();
        ChatRef ref = new ChatRef(InboundTranslator.PLATFORM, Long.toString(chat.getId()), type);
        String status = change.getNewChatMember().getStatus();
        if (GONE.contains(status)) return Optional.of(tag -> {
            chats.deactivate(ref);
            log.info("The bot was removed from or blocked in {}", ref.key());
            return Optional.empty();
        });
        if (PRESENT.contains(status)) return Optional.of(tag -> {
            chats.seen(ref, clock.instant());
            return Optional.empty();
        });
        return Optional.empty();
    }

    private static String chatKey(Update update) {
        if (update.hasMessage()) return update.getMessage().getChatId().toString();
        if (update.hasChannelPost()) return update.getChannelPost().getChatId().toString();
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId().toString();
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) return update.getMyChatMember().getChat().getId().toString();
        return "other";
    }
}
