package io.newsbot.command.admin;

import io.newsbot.article.ArticleStore;
import io.newsbot.command.CommandContext;
import io.newsbot.index.InPlaceReindexer;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /admin reindex}: re-embeds and re-indexes every article while the bot keeps answering from the
 * current index (see {@link InPlaceReindexer}). Where the platform's messenger is running it works in the
 * background and reports progress in the chat; elsewhere (a one-off CLI) it runs before replying. One at a time.
 */
final class ReindexAction implements AdminAction {
    private static final Logger log = LoggerFactory.getLogger(ReindexAction.class);
    private final ArticleStore articles;
    private final InPlaceReindexer reindexer;
    private final Function<String, Optional<Messenger>> messengers;
    private final ExecutorService background;
    private final AdminAudit trail;
    private final AtomicBoolean running = new AtomicBoolean();

    ReindexAction(ArticleStore articles, InPlaceReindexer reindexer, Function<String, Optional<Messenger>> messengers, ExecutorService background,
                  AdminAudit trail) {
        this.articles = articles;
        this.reindexer = reindexer;
        this.messengers = messengers;
        this.background = background;
        this.trail = trail;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "rebuild the search index; I keep answering from the current one meanwhile";
    }

    @Override
    public AdminResult run(CommandContext context) {
        if (!context.args().isEmpty()) return AdminResult.usage("/admin reindex");
        if (!running.compareAndSet(false, true)) {
            return AdminResult.failed("A re-index is already running; I will report here when it is done.", "already running");
        }
        long total = articles.count();
        InboundMessage message = context.message();
        Optional<Messenger> messenger = messengers.apply(message.chat().platform());
        if (messenger.isEmpty()) {
            try {
                InPlaceReindexer.Result r = reindexer.run(n -> { }, () -> false);
                return AdminResult.ok(Reply.info(finished(r)), "reindexed " + r.articles() + " articles");
            } finally {
                running.set(false);
            }
        }
        try {
            background.execute(() -> reindexInBackground(message, messenger.get(), total));
        } catch (RejectedExecutionException e) {
            running.set(false);
            return AdminResult.failed("I cannot start a re-index now: I am shutting down.", "rejected");
        }
        return AdminResult.ok(Reply.info("Re-indexing " + total + (total == 1 ? " article" : " articles")
                + " in the background. I keep answering from the current index meanwhile and will report progress here."), "started");
    }

    private void reindexInBackground(InboundMessage message, Messenger messenger, long total) {
        long started = System.nanoTime();
        try {
            InPlaceReindexer.Result r = reindexer.run(progress(message, messenger, total), background::isShutdown);
            tell(messenger, message, Reply.info(finished(r) + String.format(" It took %.1f s.", (System.nanoTime() - started) / 1e9)));
            trail.record(message, "/admin reindex (finished)", AdminResult.OK, "reindexed " + r.articles() + " articles, " + r.chunks() + " chunks");
        } catch (RuntimeException e) {
            log.error("The re-index failed", e);
            tell(messenger, message, Reply.error("The re-index failed: " + e.getClass().getSimpleName()
                    + ". I keep answering from the index as it was; the log has the details."));
            trail.record(message, "/admin reindex (finished)", AdminResult.FAILED, "error: " + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }

    /** Reports each quarter passed, so a large corpus gets a few messages and a small one no flood. */
    private IntConsumer progress(InboundMessage message, Messenger messenger, long total) {
        int[] lastQuarter = {0};
        return done -> {
            int quarter = total == 0 ? 4 : (int) (done * 4 / total);
            if (quarter > lastQuarter[0] && quarter < 4) {
                lastQuarter[0] = quarter;
                tell(messenger, message, Reply.info("Re-indexing: " + done + " of " + total + " articles done."));
            }
        };
    }

    private static void tell(Messenger messenger, InboundMessage message, Reply reply) {
        ChatRef chat = message.chat();
        try {
            messenger.send(chat, message.threadId(), reply);
        } catch (DeliveryException e) {
            log.warn("Could not report re-index progress to {}: {}", chat.key(), e.getMessage());
        }
    }

    private static String finished(InPlaceReindexer.Result r) {
        return "Re-index done: " + r.articles() + (r.articles() == 1 ? " article" : " articles") + " in " + r.chunks() + " chunks"
                + (r.dropped() > 0 ? ", " + r.dropped() + " removed articles dropped" : "") + ".";
    }
}
