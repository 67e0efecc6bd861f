package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.store.ChatStore;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin broadcast TEXT}: sends a message to every active chat through its platform's messenger, and
 * reports how many got it. A chat the bot was removed from is marked inactive, so later broadcasts and
 * digests skip it; chats on a platform that is not running now count as not delivered.
 */
final class BroadcastAction implements AdminAction {
    private static final Logger log = LoggerFactory.getLogger(BroadcastAction.class);
    private final ChatStore chats;
    private final Function<String, Optional<Messenger>> messengers;

    BroadcastAction(ChatStore chats, Function<String, Optional<Messenger>> messengers) {
        this.chats = chats;
        this.messengers = messengers;
    }

    @Override
    public String name() {
        return "broadcast";
    }

    @Override
    public String arguments() {
        return "TEXT";
    }

    @Override
    public String summary() {
        return "send a message to every chat I am in";
    }

    @Override
    public AdminResult run(CommandContext context) {
        if (context.args().isEmpty()) return AdminResult.usage("/admin broadcast TEXT");
        Reply announcement = Reply.info(context.args());
        int delivered = 0;
        int failed = 0;
        int offline = 0;
        for (ChatRef chat : chats.active()) {
            Optional<Messenger> messenger = messengers.apply(chat.platform());
            if (messenger.isEmpty()) {
                offline++;
                continue;
            }
            try {
                messenger.get().send(chat, null, announcement);
                delivered++;
            } catch (DeliveryException e) {
                failed++;
                if (e.chatGone()) chats.deactivate(chat);
                log.warn("Broadcast not delivered to {}: {}", chat.key(), e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                log.error("Broadcast not delivered to {}", chat.key(), e);
            }
        }
        String summary = delivered + " delivered, " + (failed + offline) + " failed";
        String note = offline > 0 ? " (" + offline + " on platforms that are not running)" : "";
        return AdminResult.ok(Reply.info("Broadcast sent: " + summary + note + "."), summary + note);
    }
}
