package io.newsbot.command.admin;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.testing.TestCore;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared pieces of the admin tests: messages from users, a recording messenger, feeds and articles to add. */
final class AdminTestKit {
    private AdminTestKit() {
    }

    static InboundMessage from(String platform, String userId, String chatId, String text) {
        ChatType type = chatId.startsWith("-") || chatId.startsWith("C") ? ChatType.GROUP : ChatType.PRIVATE;
        return new InboundMessage(new ChatRef(platform, chatId, type), new Sender(platform, userId, "user " + userId), text, null, TestCore.NOW);
    }

    static Reply send(NewsbotCore core, InboundMessage message) {
        return core.bot().handle(message).orElseThrow();
    }

    /** A messenger that records what it sends, and fails for the chats told to. */
    static final class RecordingMessenger implements Messenger {
        final String platform;
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Set<String> goneChats;
        final Set<String> failingChats;

        RecordingMessenger(String platform, Set<String> goneChats, Set<String> failingChats) {
            this.platform = platform;
            this.goneChats = goneChats;
            this.failingChats = failingChats;
        }

        RecordingMessenger(String platform) {
            this(platform, Set.of(), Set.of());
        }

        @Override
        public String platform() {
            return platform;
        }

        @Override
        public void send(ChatRef chat, String threadId, Reply reply) {
            if (goneChats.contains(chat.id())) throw new DeliveryException("bot was kicked", true, null);
            if (failingChats.contains(chat.id())) throw new DeliveryException("server error", false, null);
            sent.add(chat.id() + ": " + reply.plainText());
        }
    }

    /** An RSS feed of {@code n} articles with enough words each, numbered from {@code first}. */
    static String rss(int first, int n) {
        StringBuilder items = new StringBuilder();
        for (int i = first; i < first + n; i++) {
            items.append("<item><title>Harbour report number ").append(i).append("</title><link>https://news.example/harbour/").append(i)
                    .append("</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>The harbour authority of Port Zebulon said on Monday ")
                    .append("that the new pier number ").append(i).append(" will open next spring, after engineers finished testing the ")
                    .append("foundations and the city council approved the final budget for the whole waterfront project.</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Zebulon Harbour News</title>"
                + "<link>https://news.example/</link><description>Harbour news</description>" + items + "</channel></rss>";
    }

    static final String PAGE = "<!doctype html><html><head><title>Lighthouse keeper retires</title></head><body><article>"
            + "<h1>Lighthouse keeper retires</h1><p>After forty years on the rocky island of Quillon, the lighthouse keeper Mara Stennis "
            + "said goodbye to the lamp on Friday, telling reporters that the sea had been a patient teacher and a demanding neighbour.</p>"
            + "<p>The coast guard said an automated light will replace her watch from next month.</p></article></body></html>";

    /** Stores a new article with a unique word in it, and returns it. */
    static Article freshArticle(NewsbotCore core) {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text = "The committee met on Tuesday to discuss the " + word + " proposal, which would change how the regional "
                + "ferries are scheduled across the islands during the long winter months, officials said in a statement.";
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:" + word, "", "Ferry plan " + word, "Test Wire", null, text)), null,
                Ingestor.Progress.NONE);
        return core.articles().latest(500).stream().filter(a -> a.locator().equals("test:" + word)).findFirst().orElseThrow();
    }
}
