package io.newsbot.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.Reply;
import io.newsbot.store.AuditLog;
import io.newsbot.testing.LocalWebServer;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code /admin add-source} with the default configuration, where internal addresses are off limits. */
class AddSourceGuardTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static LocalWebServer web;

    @BeforeAll
    static void open() {
        web = new LocalWebServer().text("/feed.xml", "application/rss+xml", AdminTestKit.rss(1, 2));
        core = TestCore.open(dataDir);
    }

    @AfterAll
    static void close() {
        core.close();
        web.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT/feed.xml", "http://localhost:PORT/feed.xml", "http://[::1]:PORT/feed.xml",
            "http://10.0.0.8/feed.xml", "http://169.254.169.254/latest/meta-data/iam/", "http://0.0.0.0:PORT/feed.xml",
            "file:///etc/passwd", "ftp://ftp.example.org/feed.xml", "gopher://127.0.0.1:PORT/", "http://user:pw@news.example/"})
    void refuses_internal_and_non_http_urls_and_keeps_nothing(String template) {
        String url = template.replace("PORT", Integer.toString(web.port()));
        long articles = core.articles().count();

        Reply reply = TestCore.ask(core, "/admin add-source " + url);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(reply.plainText()).startsWith("I did not add it:").containsAnyOf("internal address", "Only http and https", "user name");
        assertThat(core.sources().all()).isEmpty();
        assertThat(core.articles().count()).isEqualTo(articles);
        assertThat(web.requested()).isEmpty();
        AuditLog.Entry audit = core.audit().latest(1).get(0);
        assertThat(audit.outcome()).isEqualTo("failed");
        assertThat(audit.command()).isEqualTo("/admin add-source " + url);
    }
}
