package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Reply;
import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.Sent;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.TestCore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.newsbot.testing.ClassCore;
import io.newsbot.testing.HeldAnswer;
import io.newsbot.testing.TestCommand;

/**
 * The adapter against a fake Bot API on 127.0.0.1, around a real core. The adapter's clock and timer are the test's:
 * retries and backoff waits happen when the test moves the clock, never by waiting.
 */
class TelegramAdapterTest extends TelegramAdapterFixture {
    static final String MARKUP_QUESTION = "What did the spokesman say about the banners in Ruritania?";
    static final String MARKUP_URL = "https://example.com/news?id=1&lang=en";

    @RegisterExtension
    static final ClassCore core = ClassCore.open().with(TelegramAdapterTest::addAnArticleFullOfMarkupAndHeldCommands);

    TelegramAdapterTest() {
        super(core);
    }

    static void addAnArticleFullOfMarkupAndHeldCommands(NewsbotCore core) {
        var report = core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:markup", MARKUP_URL, "Tags & brackets <in> the wild",
                "Example Wire", Instant.parse("2026-11-20T08:00:00Z"),
                "The spokesman of the Ruritania markup council said the slogan <b>&</b> appeared on every banner in Ruritania. "
                        + "He added that the banners would stay up until the festival ends next week, whatever the weather. "
                        + "Shopkeepers in the capital said the banners brought more visitors than any festival before.")),
                null, Ingestor.Progress.NONE);
        assertThat(report.summary()).contains("1");
        core.router().register(new TestCommand("slowtest", context -> held.answer())).register(new TestCommand("brokentest", context -> {
            throw new IllegalStateException("the answerer broke");
        }));
    }

    /** What {@code /slowtest} waits for before it answers: a slow answer the test lets finish. */
    static volatile HeldAnswer held;

    @Test
    void answers_a_private_question_with_the_articles_cited_as_links() throws Exception {
        startPolling();
        User ann = user();
        Chat chat = Chat.privateWith(ann);

        fake.userSends(chat, ann, MARKUP_QUESTION);

        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);
        assertThat(answer.text()).contains("banner").contains("Sources").contains("Tags & brackets <in> the wild — Example Wire, 2026-11-20");
        assertThat(answer.links()).contains(MARKUP_URL);
        assertThat(answer.replyTo()).as("no reply-to in a private chat").isNull();
        assertThat(fake.calls("sendChatAction")).as("a quick answer shows no typing").isEmpty();
    }

    @Test
    void shows_typing_while_an_answer_takes_over_a_second_and_renews_it_every_four_seconds_until_it_is_queued() throws Exception {
        startPolling();
        User amy = user();
        Chat chat = Chat.privateWith(amy);
        HeldAnswer slow = held = new HeldAnswer(WAIT);
        fake.userSends(chat, amy, "/slowtest");
        assertThat(slow.awaitEntered(WAIT)).isTrue();

        clock.advance(Duration.ofMillis(999));
        timer.runDue();
        clock.advance(Duration.ofMillis(1));
        timer.runDue();
        FakeBotApi.Call first = fake.awaitCalls("sendChatAction", 1, WAIT).get(0);
        clock.advance(Duration.ofSeconds(4));
        timer.runDue();
        fake.awaitCalls("sendChatAction", 2, WAIT);
        slow.release();

        assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text()).isEqualTo("Done at last.");
        assertThat(first.params().path("action").asText()).isEqualTo("typing");
        assertThat(first.params().path("chat_id").asLong()).isEqualTo(chat.id());
        assertThat(fake.events()).containsSubsequence("sendchataction 200", "sendchataction 200", "sendmessage 200");
    }

    @Test
    void says_so_when_answering_fails_instead_of_going_silent() throws Exception {
        startPolling();
        User abe = user();
        Chat chat = Chat.privateWith(abe);

        fake.userSends(chat, abe, "/brokentest");

        assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text())
                .isEqualTo("Sorry, something went wrong on my side while answering that. Please try again.");
    }

    @Test
    void escapes_markup_from_an_article_so_people_see_it_as_text() throws Exception {
        startPolling();
        User ben = user();
        Chat chat = Chat.privateWith(ben);

        fake.userSends(chat, ben, MARKUP_QUESTION);

        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);
        assertThat(answer.text()).contains("the slogan <b>&</b> appeared");
        assertThat(answer.html()).contains("the slogan &lt;b&gt;&amp;&lt;/b&gt; appeared").contains("id=1&amp;lang=en");
        assertThat(answer.entities()).noneMatch(e -> e.type().equals("bold") && answer.text().substring(e.offset(), e.offset() + e.length()).equals("&"));
    }

    @Test
    void ignores_group_talk_that_does_not_address_the_bot_and_answers_ask_with_its_name() throws Exception {
        startPolling();
        User cy = user();
        Chat group = group();

        fake.userSends(group, cy, "What was said about Syria?");
        fake.userSends(group, cy, "/roll@dicebot 6");
        fake.userSends(group, cy, "/roll 6");
        int ask = fake.userSends(group, cy, "/ask@" + BOT + " What was said about Syria?");

        Sent answer = fake.awaitSent(group.id(), 1, WAIT).get(0);
        assertThat(answer.replyTo()).as("the answer replies to the /ask, so nothing before it was answered").isEqualTo(ask);
        assertThat(answer.text()).contains("They can help us with Syria");
        assertThat(fake.sent(group.id())).hasSize(1);
    }

    @Test
    void answers_a_mention_and_a_reply_to_its_own_message_in_a_group() throws Exception {
        startPolling();
        User dee = user();
        Chat group = group();

        int mention = fake.userSends(group, dee, "@" + BOT + ", what was said about Syria?");
        Sent first = fake.awaitSent(group.id(), 1, WAIT).get(0);
        int followUp = fake.userReplies(group, dee, first.messageId(), "What did Lavrov say?");

        Sent second = fake.awaitSent(group.id(), 2, WAIT).get(1);
        assertThat(first.replyTo()).isEqualTo(mention);
        assertThat(first.text()).contains("Syria");
        assertThat(second.replyTo()).isEqualTo(followUp);
        assertThat(second.text()).contains("Lavrov");
    }

    @Test
    void gives_a_non_admin_a_clear_answer_to_an_admin_command_in_a_group() throws Exception {
        startPolling();
        User eve = user();
        Chat group = group();

        int admin = fake.userSends(group, eve, "/admin@" + BOT + " stats");

        Sent answer = fake.awaitSent(group.id(), 1, WAIT).get(0);
        assertThat(answer.replyTo()).isEqualTo(admin);
        // The admin commands refuse non-admins; without them the router says it does not know the command.
        assertThat(answer.text()).containsPattern("(?i)admin|don't know the command");
        assertThat(answer.text()).doesNotContainPattern("(?i)articles:\\s*\\d");
    }

    @Test
    void sends_a_6000_character_reply_as_two_valid_messages_cut_between_sentences() throws Exception {
        startPolling();
        User fay = user();
        Chat chat = Chat.privateWith(fay);
        fake.userSends(chat, fay, "/start");
        fake.awaitSent(chat.id(), 1, WAIT);
        List<String> sentences = IntStream.rangeClosed(1, 64)
                .mapToObj(i -> String.format("Sentence %02d says that <tags> & ampersands stay text, however long the digest of the day grows.", i))
                .toList();
        Reply digest = new Reply(Reply.Kind.DIGEST, "", List.of(new Reply.Section("", List.of(new Reply.Item("", String.join(" ", sentences), List.of(1))))),
                List.of(new Reply.Citation(1, 1, "A long day", "Wire", "2026-11-23", "https://example.com/long")));
        assertThat(String.join(" ", sentences)).hasSizeBetween(5800, 6200);

        adapter.messenger().send(new ChatRef("telegram", Long.toString(chat.id()), ChatType.PRIVATE), null, digest);

        List<Sent> parts = fake.awaitSent(chat.id(), 3, WAIT).subList(1, 3);
        assertThat(fake.sent(chat.id())).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).text()).endsWith("grows.");
        String both = parts.get(0).text() + " " + parts.get(1).text();
        for (String s : sentences) assertThat(both).contains(s);
        assertThat(parts.get(1).links()).contains("https://example.com/long");
    }

    @Test
    void waits_the_retry_after_of_a_429_before_sending_again() throws Exception {
        startPolling();
        User gus = user();
        Chat chat = Chat.privateWith(gus);
        fake.rateLimitNext("sendMessage", 3);

        fake.userSends(chat, gus, "/help");

        assertThat(sitOut(d -> d.equals(Duration.ofSeconds(3)))).isEqualTo(Duration.ofSeconds(3));
        assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text()).contains("/ask");
        assertThat(fake.events()).containsSubsequence("sendmessage 429", "sendmessage 200");
    }

    @Test
    void keeps_sending_through_six_rate_limits_in_a_row_each_waited_out_as_asked() throws Exception {
        startPolling();
        User gil = user();
        Chat chat = Chat.privateWith(gil);
        for (int i = 0; i < 6; i++) fake.rateLimitNext("sendMessage", 1);

        fake.userSends(chat, gil, "/help");
        for (int i = 0; i < 6; i++) sitOut(d -> d.equals(Duration.ofSeconds(1)));

        assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text()).contains("/ask");
        assertThat(fake.events().stream().filter(e -> e.equals("sendmessage 429"))).hasSize(6);
    }

    @Test
    void retries_server_errors_and_keeps_polling_after_them() throws Exception {
        fake.badGatewayNext("getUpdates");
        fake.badGatewayNext("sendMessage");
        startPolling();
        sitOut(d -> d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofMillis(1250)) <= 0); // the poll's backoff
        User hal = user();
        Chat chat = Chat.privateWith(hal);

        fake.userSends(chat, hal, "/sources");
        sitOut(d -> d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofMillis(1250)) <= 0); // the send's backoff

        assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text()).contains("Example Wire");
        assertThat(fake.events()).contains("getupdates 502").containsSubsequence("sendmessage 502", "sendmessage 200");
    }

    @Test
    void after_a_restart_asks_telegram_only_for_updates_it_has_not_handled() throws Exception {
        startPolling();
        User ida = user();
        Chat chat = Chat.privateWith(ida);
        fake.userSends(chat, ida, "/sources");
        fake.awaitSent(chat.id(), 1, WAIT);
        int handled = fake.lastUpdateId();
        adapter.close();

        fake.userSends(chat, ida, "/latest 1");
        int callsBefore = fake.calls("getUpdates").size();
        startPolling();

        List<Sent> sent = fake.awaitSent(chat.id(), 2, WAIT);
        assertThat(sent.get(1).text()).contains("newest");
        assertThat(fake.calls("getUpdates").get(callsBefore).params().path("offset").asInt())
                .as("the first poll after the restart starts after the handled update").isEqualTo(handled + 1);
        assertThat(fake.sent(chat.id())).hasSize(2);
    }

    @Test
    void does_not_let_telegram_forget_an_update_until_it_is_answered() throws Exception {
        startPolling();
        User ivy = user();
        Chat chat = Chat.privateWith(ivy);
        HeldAnswer answering = held = new HeldAnswer(WAIT);
        fake.userSends(chat, ivy, "/slowtest");
        int update = fake.lastUpdateId();
        assertThat(answering.awaitEntered(WAIT)).isTrue();
        int pollsSoFar = fake.calls("getUpdates").size();

        FakeBotApi.Call pollWhileAnswering = fake.awaitCalls("getUpdates", pollsSoFar + 1, WAIT).get(pollsSoFar);
        answering.release();

        assertThat(pollWhileAnswering.params().path("offset").asInt()).as("a crash now would get the update again").isEqualTo(update);
        assertThat(fake.awaitSent(chat.id(), 1, WAIT)).hasSize(1);
        awaitHandled(update);
    }

    @Test
    void marks_a_chat_inactive_when_the_bot_was_blocked_there() throws Exception {
        startPolling();
        User jo = user();
        Chat chat = Chat.privateWith(jo);
        ChatRef ref = new ChatRef("telegram", Long.toString(chat.id()), ChatType.PRIVATE);
        fake.userSends(chat, jo, "/start");
        fake.awaitSent(chat.id(), 1, WAIT);
        assertThat(core.get().chats().isActive(ref)).isTrue();
        fake.block(chat.id());

        assertThatThrownBy(() -> adapter.messenger().send(ref, null, Reply.info("Your digest")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.chatGone()).isTrue());
        assertThat(core.get().chats().isActive(ref)).isFalse();
    }

    @Test
    void marks_a_chat_inactive_when_telegram_says_the_bot_was_removed() throws Exception {
        startPolling();
        User kim = user();
        Chat group = group();
        ChatRef ref = new ChatRef("telegram", Long.toString(group.id()), ChatType.GROUP);
        fake.botStatusChanges(group, kim, "left", "member");
        awaitHandled(fake.lastUpdateId());
        assertThat(core.get().chats().isActive(ref)).isTrue();

        fake.botStatusChanges(group, kim, "member", "kicked");
        awaitHandled(fake.lastUpdateId());

        assertThat(core.get().chats().isActive(ref)).isFalse();
        assertThat(core.get().chats().active()).doesNotContain(ref);
    }

    /** The bot confirms an update to Telegram only once it has handled it. */
    void awaitHandled(int updateId) throws InterruptedException {
        fake.awaitCall("getUpdates", c -> c.params().path("offset").asInt() > updateId, WAIT);
    }

    @Test
    void ignores_stickers_photos_joins_edits_and_channel_posts_without_error() throws Exception {
        startPolling();
        User lou = user();
        Chat chat = Chat.privateWith(lou);
        Chat group = group();
        Chat channel = Chat.channel(-1_000_000_000_000L - ids.incrementAndGet(), "News channel");

        fake.userSendsSticker(chat, lou);
        fake.userSendsPhoto(chat, lou, "What was said about Syria?");
        int question = fake.userSends(chat, lou, "What was said about Syria?");
        fake.userEdits(chat, lou, question, "What did Lavrov say?");
        fake.userJoins(group, user());
        fake.channelPost(channel, "What was said about Syria?");
        fake.userSends(chat, lou, "/help");
        fake.userSends(group, lou, "/help@" + BOT);
        fake.channelPost(channel, "/help@" + BOT);
        awaitHandled(fake.lastUpdateId());

        assertThat(fake.awaitSent(chat.id(), 2, WAIT)).extracting(Sent::text)
                .satisfiesExactly(syria -> assertThat(syria).contains("Syria"), help -> assertThat(help).contains("Commands"));
        assertThat(fake.awaitSent(group.id(), 1, WAIT)).extracting(Sent::text).singleElement().asString().contains("Commands");
        assertThat(fake.awaitSent(channel.id(), 1, WAIT)).extracting(Sent::text).singleElement().asString().contains("Commands");
    }

    @Test
    void registers_the_command_menu_on_start() throws Exception {
        startPolling();

        List<String> names = new ArrayList<>();
        fake.commands().forEach(c -> names.add(c.path("command").asText()));
        assertThat(names).contains("start", "help", "ask", "sources", "latest").doesNotContain("admin");
    }

    @Test
    void webhook_refuses_requests_without_the_secret_and_answers_the_rest() throws Exception {
        String secret = "s3cret-Token_1";
        newAdapter(TelegramSettings.webhook(fake.token(), fake.uri(), "https://bot.example.org/telegram", secret));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/telegram", adapter.webhook());
        server.start();
        try {
            adapter.start();
            assertThat(fake.webhookSecret()).isEqualTo(secret);
            User max = user();
            Chat chat = Chat.privateWith(max);
            fake.userSends(chat, max, "/sources");
            String refused = fake.pushUpdates().get(0);
            fake.userSends(chat, max, "/help");
            String accepted = fake.pushUpdates().get(0);
            URI hook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram");

            assertThat(post(hook, refused, "wrong-secret")).isEqualTo(403);
            assertThat(post(hook, refused, null)).isEqualTo(403);
            assertThat(post(hook, accepted, secret)).isEqualTo(200);

            assertThat(fake.awaitSent(chat.id(), 1, WAIT).get(0).text()).contains("Commands");
            assertThat(fake.sent(chat.id())).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    static int post(URI uri, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
