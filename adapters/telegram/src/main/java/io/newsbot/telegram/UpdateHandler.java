package io.newsbot.telegram;

import io.newsbot.command.Bot;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Handles each update from Telegram: answers what is addressed to the bot ("typing" while the core works),
 * notes when the bot is added to or removed from a chat, and ignores the rest. Work runs per chat in
 * arrival order, different chats in parallel.
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
    private final Clock clock;

    UpdateHandler(InboundTranslator translator, Bot bot, TelegramMessenger messenger, ChatStore chats, ChatQueues queues,
                  UpdateLedger ledger, Clock clock) {
        this.translator = translator;
        this.bot = bot;
        this.messenger = messenger;
        this.chats = chats;
        this.queues = queues;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A batch from {@code getUpdates}. Never throws: an exception here would end the polling session. */
    void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                accept(update);
            } catch (RuntimeException e) {
                log.error("Could not handle Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    void accept(Update update) {
        if (update.getUpdateId() == null) return;
        int id = update.getUpdateId();
        if (!ledger.received(id)) return;
        Optional<Runnable> work = work(update);
        if (work.isEmpty()) {
            ledger.handled(id);
            return;
        }
        queues.submit(chatKey(update), () -> {
            try {
                work.get().run();
            } finally {
                ledger.handled(id);
            }
        });
    }

    private Optional<Runnable> work(Update update) {
        if (update.hasMyChatMember()) return membership(update.getMyChatMember());
        return translator.translate(update).map(incoming -> () -> answer(incoming));
    }

    private void answer(Incoming incoming) {
        messenger.typing(incoming.target());
        Optional<Reply> reply = bot.handle(incoming.message());
        if (reply.isEmpty()) return;
        try {
            messenger.deliver(incoming.message().chat(), incoming.target(), reply.get());
        } catch (DeliveryException e) {
            log.warn("Could not answer in {}: {}", incoming.message().chat().key(), e.getMessage());
        }
    }

    /** The bot was added to or removed from a chat: digests go only where it still is. */
    private Optional<Runnable> membership(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        ChatType type = chat == null ? null : InboundTranslator.type(chat);
        if (type == null || change.getNewChatMember() == null) return Optional.empty();
        ChatRef ref = new ChatRef(InboundTranslator.PLATFORM, Long.toString(chat.getId()), type);
        String status = change.getNewChatMember().getStatus();
        if (GONE.contains(status)) return Optional.of(() -> {
            chats.deactivate(ref);
            log.info("The bot was removed from or blocked in {}", ref.key());
        });
        if (PRESENT.contains(status)) return Optional.of(() -> chats.seen(ref, clock.instant()));
        return Optional.empty();
    }

    private static String chatKey(Update update) {
        if (update.hasMessage()) return update.getMessage().getChatId().toString();
        if (update.hasChannelPost()) return update.getChannelPost().getChatId().toString();
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) return update.getMyChatMember().getChat().getId().toString();
        return "other";
    }
}
