package io.newsbot.command.admin;

import static io.newsbot.command.admin.AdminTestKit.from;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.Source;
import io.newsbot.index.SearchQuery;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each admin command does, run by admins on a real core with the demo articles and a local web server. */
class AdminCommandsTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static LocalWebServer web;

    @BeforeAll
    static void open() {
        web = new LocalWebServer().text("/feed.xml", "application/rss+xml", AdminTestKit.rss(1, 2))
                .text("/lighthouse.html", "text/html; charset=utf-8", AdminTestKit.PAGE)
                .text("/empty.html", "text/html", "<html><body><p>Nothing here.</p></body></html>");
        core = TestCore.open(TestSettings.with(dataDir, Set.of(), TestSettings.localFetch()), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        core.close();
        web.close();
    }

    static Reply admin(String text) {
        Reply reply = TestCore.ask(core, text);
        System.out.println("> " + text + "\n" + reply.plainText() + "\n");
        return reply;
    }

    static Reply as(InboundMessage message) {
        Reply reply = core.bot().handle(message).orElseThrow();
        System.out.println(message.sender().key() + "> " + message.text() + "\n" + reply.plainText() + "\n");
        return reply;
    }

    @Test
    void adds_a_feed_as_a_source_the_poller_rereads_and_lists_it() {
        Reply reply = admin("/admin add-source " + web.url("/feed.xml"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.INFO);
        assertThat(reply.plainText()).contains("took in 2 new articles", "It is a feed");
        Source feed = core.sources().feeds().stream().filter(s -> s.location().equals(web.url("/feed.xml"))).findFirst().orElseThrow();
        assertThat(feed.kind()).isEqualTo(Source.Kind.FEED);
        assertThat(feed.articles()).isEqualTo(2);
        assertThat(feed.lastFetchAt()).isEqualTo(TestCore.NOW);
        assertThat(admin("/admin sources").plainText()).contains("#" + feed.id(), "feed " + web.url("/feed.xml"), "2 articles", "last fetched 2026-11-23");
        assertThat(TestCore.ask(core, "What did the harbour authority of Port Zebulon say?").plainText()).contains("Port Zebulon");
    }

    @Test
    void adds_a_single_page_as_a_url_source() {
        Reply reply = admin("/admin add-source " + web.url("/lighthouse.html"));

        assertThat(reply.plainText()).contains("took in 1 new article.", "single page");
        assertThat(core.sources().all()).anySatisfy(s -> {
            assertThat(s.location()).isEqualTo(web.url("/lighthouse.html"));
            assertThat(s.kind()).isEqualTo(Source.Kind.URL);
        });
    }

    @Test
    void does_not_keep_a_source_with_no_articles() {
        Reply reply = admin("/admin add-source " + web.url("/empty.html"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).startsWith("I did not add it");
        assertThat(core.sources().all()).noneSatisfy(s -> assertThat(s.location()).isEqualTo(web.url("/empty.html")));
    }

    @Test
    void explains_what_is_wrong_with_a_url() {
        assertThat(admin("/admin add-source").plainText()).startsWith("Usage: /admin add-source");
        assertThat(admin("/admin add-source ht!tp://%%").plainText()).contains("not a valid URL");
        assertThat(admin("/admin add-source " + web.url("/missing")).plainText()).contains("HTTP status 404");
    }

    @Test
    void removes_a_source_and_can_add_it_back() {
        admin("/admin add-source " + web.url("/feed.xml") + "?again");
        Source source = core.sources().all().stream().filter(s -> s.location().endsWith("?again")).findFirst().orElseThrow();

        Reply removed = admin("/admin remove-source " + source.id());

        assertThat(removed.plainText()).contains("Removed source #" + source.id(), "articles stay");
        assertThat(core.sources().all()).extracting(Source::id).doesNotContain(source.id());
        assertThat(admin("/admin remove-source " + source.id()).plainText()).contains("There is no source #" + source.id());

        admin("/admin add-source " + web.url("/feed.xml") + "?again");
        assertThat(core.sources().feeds()).extracting(Source::id).contains(source.id());
    }

    @Test
    void removes_an_article_from_the_store_and_the_search_index() {
        Article article = AdminTestKit.freshArticle(core);
        String word = article.title().substring("Ferry plan ".length());
        assertThat(core.index().search(new SearchQuery(word, null, 5, SearchQuery.Filter.NONE)).passages()).isNotEmpty();

        Reply reply = admin("/admin remove-article " + article.id());

        assertThat(reply.plainText()).contains("Removed article #" + article.id(), article.title());
        assertThat(core.articles().byId(article.id())).isEmpty();
        assertThat(core.index().articleIds()).doesNotContain(article.id());
        assertThat(core.index().search(new SearchQuery(word, null, 5, SearchQuery.Filter.NONE)).passages()).isEmpty();
        assertThat(admin("/admin remove-article " + article.id()).plainText()).contains("There is no article");
        assertThat(admin("/admin remove-article twelve").plainText()).startsWith("Usage:");
    }

    @Test
    void lists_the_newest_articles_with_their_ids() {
        Article article = AdminTestKit.freshArticle(core);

        assertThat(admin("/admin articles 50").plainText()).contains("#" + article.id() + ": " + article.title());
        assertThat(admin("/admin articles 0").plainText()).startsWith("Usage:");
    }

    @Test
    void reports_stats_with_latency_percentiles_and_digests_when_there_are_any() throws Exception {
        for (String q : new String[] {"What was said about Syria?", "What did Lavrov say?", "What about Iran?"}) {
            as(from("telegram", "7", "7", q));
        }
        Reply before = admin("/admin stats");
        assertThat(before.plainText()).containsPattern("Questions today: [3-9]\\d* answered; latency p50 \\d+ ms, p95 \\d+ ms")
                .contains("Articles: ", "Search index: ", "chunks").doesNotContain("Digest");

        try (Connection c = core.database().connection();
             PreparedStatement ps = c.prepareStatement("insert into digest_deliveries (platform, chat_id, local_date, claimed_by, claimed_at, "
                     + "status) values ('slack', ?, date '2026-11-23', 'test', current_timestamp, ?)")) {
            for (String[] row : new String[][] {{"C1", "SENT"}, {"C2", "SENT"}, {"C3", "FAILED"}}) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.executeUpdate();
            }
        }

        assertThat(admin("/admin stats").plainText()).contains("Digest deliveries: 2 sent, 1 failed");
    }

    @Test
    void reports_replies_still_waiting_to_be_delivered() {
        assertThat(admin("/admin stats").plainText()).contains("Undelivered replies: none");
        core.outbox().queue(new io.newsbot.outbox.Outgoing(new io.newsbot.platform.ChatRef("telegram", "9", io.newsbot.platform.ChatType.PRIVATE),
                null, "", Reply.info("An answer Telegram did not take yet"), "telegram:1:9", TestCore.NOW, TestCore.NOW.plusSeconds(600)));

        assertThat(admin("/admin stats").plainText()).contains("Undelivered replies: 1 waiting to be sent (oldest from 2026-11-23 10:00)");
    }

    @Test
    void computes_nearest_rank_percentiles() {
        assertThat(StatsAction.percentile(java.util.List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L), 50)).isEqualTo(50);
        assertThat(StatsAction.percentile(java.util.List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L), 95)).isEqualTo(100);
        assertThat(StatsAction.percentile(java.util.List.of(7L), 95)).isEqualTo(7);
    }

    @Test
    void grants_and_revokes_by_id_and_never_leaves_no_admin() {
        assertThat(admin("/admin grant slack:U100").plainText()).isEqualTo("slack:U100 is now an admin.");
        assertThat(admin("/admin grant slack:U100").plainText()).contains("already an admin");
        assertThat(as(from("slack", "U100", "D1", "/admin revoke U100")).plainText()).contains("You are the last admin");

        assertThat(as(from("slack", "U100", "D1", "/admin grant <@U200|bea>")).plainText()).isEqualTo("slack:U200 is now an admin.");
        assertThat(as(from("slack", "U100", "D1", "/admin revoke U100")).plainText()).isEqualTo("slack:U100 is no longer an admin.");
        assertThat(as(from("slack", "U100", "D1", "/admin admins")).kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(admin("/admin admins").plainText()).contains("slack:U200").doesNotContain("slack:U100");
        admin("/admin revoke slack:U200");
    }

    @Test
    void explains_how_to_name_a_user() {
        assertThat(admin("/admin grant @someone").plainText()).contains("not by @username");
        assertThat(admin("/admin grant console:bob").plainText()).contains("console user is always an admin");
        assertThat(admin("/admin grant 12345").plainText()).contains("console user is always an admin");
        assertThat(admin("/admin grant telegram:12 34").plainText()).contains("platform:id");
        assertThat(admin("/admin revoke telegram:555").plainText()).contains("telegram:555 is not an admin");
        assertThat(admin("/admin grant").plainText()).startsWith("Usage:");
    }

    @Test
    void shows_the_newest_audit_entries_first() {
        as(from("telegram", "31337", "-5", "/admin stats"));
        admin("/admin admins");

        Reply reply = admin("/admin audit 3");

        String[] lines = reply.plainText().split("\n");
        assertThat(lines[0]).isEqualTo("The newest 3 audit entries, newest first:");
        assertThat(lines[1]).contains("console:you in chat local: /admin admins → ok");
        assertThat(lines[2]).contains("telegram:31337 in chat -5: /admin stats → refused (not an admin)");
        assertThat(admin("/admin audit 1000").plainText()).startsWith("Usage:");
    }

    @Test
    void broadcasts_to_every_active_chat_and_counts_what_failed() {
        AdminTestKit.RecordingMessenger telegram = new AdminTestKit.RecordingMessenger("telegram");
        AdminTestKit.RecordingMessenger slack = new AdminTestKit.RecordingMessenger("slack", Set.of("CGONE"), Set.of("CDOWN"));
        core.addMessenger(telegram);
        core.addMessenger(slack);
        try {
            ChatRef gone = new ChatRef("slack", "CGONE", ChatType.GROUP);
            for (ChatRef chat : new ChatRef[] {new ChatRef("telegram", "-100200", ChatType.GROUP), new ChatRef("slack", "COK", ChatType.GROUP),
                    gone, new ChatRef("slack", "CDOWN", ChatType.GROUP), new ChatRef("matrix", "!room", ChatType.GROUP)}) {
                core.chats().seen(chat, TestCore.NOW);
            }
            long telegramChats = core.chats().active().stream().filter(c -> c.platform().equals("telegram")).count();
            long slackChats = core.chats().active().stream().filter(c -> c.platform().equals("slack")).count();
            long otherChats = core.chats().active().stream().filter(c -> !Set.of("telegram", "slack").contains(c.platform())).count();

            Reply reply = admin("/admin broadcast The bot restarts at 22:00 UTC.");

            assertThat(telegram.sent).hasSize((int) telegramChats).allSatisfy(s -> assertThat(s).endsWith(": The bot restarts at 22:00 UTC."));
            assertThat(slack.sent).hasSize((int) slackChats - 2).contains("COK: The bot restarts at 22:00 UTC.");
            assertThat(reply.plainText()).isEqualTo("Broadcast sent: " + (telegramChats + slackChats - 2) + " delivered, " + (2 + otherChats)
                    + " failed (" + otherChats + " on platforms that are not running).");
            assertThat(core.chats().isActive(gone)).isFalse();
        } finally {
            core.addMessenger(new AdminTestKit.RecordingMessenger("telegram"));
            core.addMessenger(new AdminTestKit.RecordingMessenger("slack"));
        }
    }
}
