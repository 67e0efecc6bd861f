package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;

import java.util.List;
import io.newsbot.index.SearchQuery;
import io.newsbot.testing.TestCore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;
    NewsbotCore core;

    @BeforeEach
    void openEmptyCore() {
        core = open();
    }

    private NewsbotCore open() {
        return TestCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (core != null) core.close();
    }

    static String article(String topic) {
        return ("The mayor of Springfield said on Tuesday that the new %s plan would be finished by spring. "
                + "\"We will build it on time and on budget,\" she told reporters at City Hall. "
                + "Critics said the %s plan costs too much and helps too few residents of the town.").formatted(topic, topic);
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, content);
    }

    private long hits(String query) {
        return core.index().search(new SearchQuery(query, null, 10, null)).passages().size();
    }

    @Test
    void ingests_text_markdown_and_html_files_from_a_directory() throws Exception {
        write("a.txt", "Bridge plan approved\n\n" + article("bridge"));
        write("b.md", "# Library plan delayed\n\n" + article("library"));
        write("c.html", "<html><head><title>Park plan | Gazette</title><meta property=\"og:site_name\" content=\"Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\"></head><body><nav>Home News Sport</nav>"
                + "<article><h1>Park plan</h1><p>" + article("park") + "</p><p>More on the park.</p></article>"
                + "<footer>Copyright Gazette</footer><script>alert(1)</script></body></html>");
        write("ignored.png", "not an article");
        IngestReport report = core.ingestor().ingestPath(dir.resolve("in"), null, Ingestor.Progress.NONE);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.failures()).isEmpty();
        var park = core.articles().latest(10).stream().filter(a -> a.publisher().equals("Gazette")).findFirst().orElseThrow();
        assertThat(park.title()).isEqualTo("Park plan");
        assertThat(park.publishedAt().toString()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(park.body()).doesNotContain("Home News Sport").doesNotContain("alert").doesNotContain("Copyright");
        assertThat(hits("library")).isPositive();
    }

    @Test
    void ingests_every_entry_of_an_rss_feed() throws Exception {
        write("feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Town Wire</title><link>https://wire.example</link>
                <item><title>Bridge plan approved</title><link>https://wire.example/bridge</link>
                  <pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>%s</p>]]></description></item>
                <item><title>Library plan delayed</title><link>https://wire.example/library</link>
                  <description><![CDATA[<p>%s</p>]]></description></item>
                </channel></rss>""".formatted(article("bridge"), article("library")));
        IngestReport report = core.ingestor().ingestPath(dir.resolve("in/feed.xml"), null, Ingestor.Progress.NONE);
        assertThat(report.added()).isEqualTo(2);
        var bridge = core.articles().latest(10).stream().filter(a -> a.title().equals("Bridge plan approved")).findFirst().orElseThrow();
        assertThat(bridge.url()).isEqualTo("https://wire.example/bridge");
        assertThat(bridge.publisher()).isEqualTo("Town Wire");
    }

    @Test
    void re_ingesting_is_a_no_op_and_a_changed_article_replaces_its_chunks() throws Exception {
        Path f = write("a.txt", "Bridge plan approved\n\n" + article("bridge"));
        core.ingestor().ingestPath(f, null, Ingestor.Progress.NONE);
        long chunks = core.index().chunkCount();
        assertThat(core.ingestor().ingestPath(f, null, Ingestor.Progress.NONE).unchanged()).isEqualTo(1);
        assertThat(core.index().chunkCount()).isEqualTo(chunks);
        write("a.txt", "Bridge plan approved\n\n" + article("tunnel"));
        assertThat(core.ingestor().ingestPath(f, null, Ingestor.Progress.NONE).replaced()).isEqualTo(1);
        assertThat(core.articles().count()).isEqualTo(1);
        assertThat(hits("tunnel")).isPositive();
        assertThat(core.index().search(new SearchQuery("bridge", null, 10, null)).passages())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("new bridge plan"));
    }

    @Test
    void the_same_text_under_another_name_is_a_duplicate() throws Exception {
        write("a.txt", "Bridge plan approved\n\n" + article("bridge"));
        write("copy.txt", "Bridge plan approved\n\n" + article("bridge"));
        IngestReport report = core.ingestor().ingestPath(dir.resolve("in"), null, Ingestor.Progress.NONE);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void removing_an_article_removes_it_from_the_index() throws Exception {
        core.ingestor().ingestPath(write("a.txt", "Bridge plan approved\n\n" + article("bridge")), null, Ingestor.Progress.NONE);
        long id = core.articles().allIds().get(0);
        assertThat(core.ingestor().remove(id)).isTrue();
        assertThat(hits("bridge")).isZero();
        assertThat(core.index().articleIds()).isEmpty();
    }

    @Test
    void a_bad_file_in_a_directory_is_reported_and_the_rest_ingested() throws Exception {
        write("a.txt", "Bridge plan approved\n\n" + article("bridge"));
        write("empty.txt", "   \n\n");
        write("short.txt", "Title\n\nToo short.");
        IngestReport report = core.ingestor().ingestPath(dir.resolve("in"), null, Ingestor.Progress.NONE);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failures()).hasSize(2).anySatisfy(f -> assertThat(f).contains("empty.txt is empty"));
    }

    @Test
    void an_article_with_a_title_too_long_for_the_store_is_kept_with_its_title_cut() {
        String title = "Springfield council " + "debates the budget again ".repeat(100);

        var report = core.ingestor().ingestDrafts(List.of(new io.newsbot.article.ArticleDraft("feed:long-title", "https://example.com/long",
                title, "Springfield Herald", TestCore.NOW, article("budget"))), null, Ingestor.Progress.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.summary()).contains("1 added");
        assertThat(core.articles().latest(1).get(0).title()).startsWith("Springfield council debates the budget").endsWith("…").hasSizeLessThanOrEqualTo(1024);
        assertThat(hits("budget")).isPositive();
    }

    @Test
    void a_missing_path_is_a_clear_error() {
        assertThatThrownBy(() -> core.ingestor().ingestPath(dir.resolve("nope"), null, Ingestor.Progress.NONE))
                .isInstanceOf(IngestException.class).hasMessageEndingWith("nope does not exist.");
    }

    @Test
    void a_crash_between_store_and_index_commit_is_repaired_on_the_next_start() throws Exception {
        // Given an article stored and written to the index but never committed there (the process died)
        core.ingestor().ingestPath(write("a.txt", "Bridge plan approved\n\n" + article("bridge")), null, Ingestor.Progress.NONE);
        var article = core.articles().latest(1).get(0);
        core.index().remove(article.id());
        core.index().commit();
        assertThat(hits("bridge")).isZero();
        core.close();
        // When newsbot starts again
        core = open();
        // Then the index has the article back, once
        assertThat(core.index().articleIds()).containsExactly(article.id());
        assertThat(hits("bridge")).isPositive();
    }

    @Test
    void an_index_article_the_store_lost_is_dropped_on_the_next_start() throws Exception {
        core.ingestor().ingestPath(write("a.txt", "Bridge plan approved\n\n" + article("bridge")), null, Ingestor.Progress.NONE);
        long id = core.articles().allIds().get(0);
        core.articles().remove(id, () -> { });
        core.close();
        core = open();
        assertThat(core.index().articleIds()).isEmpty();
    }

    @Test
    void a_restart_opens_the_index_without_re_embedding() throws Exception {
        core.ingestor().ingestPath(write("a.txt", "Bridge plan approved\n\n" + article("bridge")), null, Ingestor.Progress.NONE);
        core.close();
        core = open();
        assertThat(core.indexer().reconcile(core.articles())).isZero();
        assertThat(hits("bridge")).isPositive();
    }
}
