package io.newsbot.command.admin;

import static io.newsbot.command.admin.AdminTestKit.from;
import static io.newsbot.command.admin.AdminTestKit.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Source;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.store.AuditLog;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every admin command, from a non-admin (refused, nothing changes) and from an admin (runs), and always audited
 * with who, where and the outcome. Admins here: telegram:1 by configuration, and the console user.
 */
class AdminAuthorizationTest {
    static final String[] EVERY_COMMAND = {"/admin", "/admin help", "/admin sources", "/admin add-source {page}", "/admin remove-source {source}",
            "/admin articles", "/admin remove-article {article}", "/admin reindex", "/admin stats", "/admin admins",
            "/admin grant telegram:{user}", "/admin revoke telegram:{granted}", "/admin allow-digests telegram:{user}",
            "/admin disallow-digests telegram:{allowed}", "/admin audit 5", "/admin broadcast Maintenance tonight", "/admin feedback 5",
            "/admin unanswered 5",
            "/admin no-such-command"};
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static LocalWebServer web;
    static AdminTestKit.RecordingMessenger slack;

    @BeforeAll
    static void open() {
        web = new LocalWebServer().text("/page.html", "text/html; charset=utf-8", AdminTestKit.PAGE);
        core = TestCore.open(TestSettings.with(dataDir, Set.of("telegram:1"), TestSettings.localFetch()), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        slack = new AdminTestKit.RecordingMessenger("slack");
        core.addMessenger(slack);
        core.chats().seen(new ChatRef("slack", "C1", ChatType.GROUP), TestCore.NOW);
    }

    @AfterAll
    static void close() {
        core.close();
        web.close();
    }

    /** Fills a command template with a real page, source, article and users, so that running it would change something. */
    static String concrete(String template) {
        String command = template.replace("{page}", web.url("/page.html") + "?" + UUID.randomUUID());
        if (command.contains("{source}")) {
            Source s = core.sources().add(Source.Kind.URL, "https://news.example/" + UUID.randomUUID(), "test", TestCore.NOW);
            command = command.replace("{source}", Long.toString(s.id()));
        }
        if (command.contains("{article}")) command = command.replace("{article}", Long.toString(AdminTestKit.freshArticle(core).id()));
        if (command.contains("{granted}")) {
            String user = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
            core.admins().grant("telegram:" + user, "test", TestCore.NOW);
            command = command.replace("{granted}", user);
        }
        if (command.contains("{allowed}")) {
            String chat = "-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
            core.digestGrants().grant("telegram:" + chat, "test", TestCore.NOW);
            command = command.replace("{allowed}", chat);
        }
        return command.replace("{user}", Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000)));
    }

    /** Everything an admin command could change, to compare before and after a refusal. */
    record State(List<Long> articles, List<Source> sources, List<String> admins, long chunks, List<String> broadcasts,
                 List<String> digestGrants) {
        static State of(NewsbotCore core) {
            return new State(core.articles().allIds(), core.sources().all(), core.admins().all(), core.index().chunkCount(),
                    List.copyOf(slack.sent), core.digestGrants().all());
        }
    }

    static AuditLog.Entry lastAudit() {
        return core.audit().latest(1).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin help", "/admin sources", "/admin add-source {page}", "/admin remove-source {source}",
            "/admin articles", "/admin remove-article {article}", "/admin reindex", "/admin stats", "/admin admins",
            "/admin grant telegram:{user}", "/admin revoke telegram:{granted}", "/admin allow-digests telegram:{user}",
            "/admin disallow-digests telegram:{allowed}", "/admin audit 5", "/admin broadcast Maintenance tonight", "/admin feedback 5",
            "/admin unanswered 5",
            "/admin no-such-command"})
    void a_non_admin_is_refused_politely_nothing_changes_and_the_attempt_is_audited(String template) {
        String command = concrete(template);
        State before = State.of(core);

        Reply reply = send(core, from("telegram", "999", "-100", command));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(reply.plainText()).isEqualTo(AdminCommand.REFUSAL);
        assertThat(State.of(core)).isEqualTo(before);
        AuditLog.Entry audit = lastAudit();
        assertThat(audit.platform()).isEqualTo("telegram");
        assertThat(audit.userId()).isEqualTo("999");
        assertThat(audit.chatId()).isEqualTo("-100");
        assertThat(audit.command()).isEqualTo(command);
        assertThat(audit.outcome()).isEqualTo("refused");
        assertThat(audit.at()).isEqualTo(TestCore.NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin help", "/admin sources", "/admin add-source {page}", "/admin remove-source {source}",
            "/admin articles", "/admin remove-article {article}", "/admin reindex", "/admin stats", "/admin admins",
            "/admin grant telegram:{user}", "/admin revoke telegram:{granted}", "/admin allow-digests telegram:{user}",
            "/admin disallow-digests telegram:{allowed}", "/admin audit 5", "/admin broadcast Maintenance tonight"})
    void a_configured_admin_runs_every_command_and_it_is_audited(String template) {
        String command = concrete(template);

        Reply reply = send(core, from("telegram", "1", "-100", command));

        assertThat(reply.kind()).as(reply.plainText()).isIn(Reply.Kind.INFO);
        AuditLog.Entry audit = lastAudit();
        assertThat(audit.userId()).isEqualTo("1");
        assertThat(audit.command()).isEqualTo(command);
        assertThat(audit.outcome()).isEqualTo("ok");
    }

    @Test
    void an_unknown_sub_command_from_an_admin_is_explained_and_audited_as_failed() {
        Reply reply = send(core, from("telegram", "1", "-100", "/admin no-such-command"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).contains("/admin help");
        assertThat(lastAudit().outcome()).isEqualTo("failed");
    }

    @Test
    void the_console_user_is_an_admin() {
        Reply reply = TestCore.ask(core, "/admin admins");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.INFO);
        assertThat(reply.plainText()).contains("telegram:1", "by configuration");
        assertThat(lastAudit().platform()).isEqualTo("console");
    }

    @Test
    void authorisation_uses_the_user_id_never_the_display_name() {
        InboundMessage spoof = new InboundMessage(new ChatRef("telegram", "-100", ChatType.GROUP), new Sender("telegram", "999", "telegram:1"),
                "/admin stats", null, TestCore.NOW);
        InboundMessage sameIdOtherPlatform = from("slack", "1", "C1", "/admin stats");

        assertThat(send(core, spoof).kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(send(core, sameIdOtherPlatform).kind()).isEqualTo(Reply.Kind.REFUSED);
    }

    @Test
    void a_granted_admin_can_run_commands_until_revoked() {
        assertThat(send(core, from("telegram", "1", "-100", "/admin grant 4242")).plainText()).contains("telegram:4242 is now an admin");
        assertThat(send(core, from("telegram", "4242", "-100", "/admin stats")).kind()).isEqualTo(Reply.Kind.INFO);

        assertThat(send(core, from("telegram", "1", "-100", "/admin revoke telegram:4242")).kind()).isEqualTo(Reply.Kind.INFO);

        assertThat(send(core, from("telegram", "4242", "-100", "/admin stats")).kind()).isEqualTo(Reply.Kind.REFUSED);
    }

    @Test
    void a_configured_admin_cannot_be_revoked_in_chat() {
        Reply reply = send(core, from("telegram", "1", "-100", "/admin revoke telegram:1"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).contains("by configuration");
        assertThat(core.access().isAdmin(new Sender("telegram", "1", ""))).isTrue();
        assertThat(lastAudit().outcome()).isEqualTo("failed");
    }

    @Test
    void help_shows_the_admin_command_only_to_admins() {
        assertThat(send(core, from("telegram", "1", "-100", "/help")).plainText()).contains("/admin");
        assertThat(send(core, from("telegram", "999", "-100", "/help")).plainText()).doesNotContain("/admin");
    }

    @Test
    void every_command_in_the_admin_help_is_covered_here() {
        String help = send(core, from("telegram", "1", "-100", "/admin help")).plainText();
        for (String line : help.split("\n")) {
            if (!line.startsWith("/admin ")) continue;
            String sub = line.split("[ :]")[1];
            assertThat(String.join(" ", EVERY_COMMAND)).as(sub).contains("/admin " + sub);
        }
    }
}
