package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.testing.TestCore;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No article, whatever brought it, is taken in past the content limits; what was cut is reported. */
class ContentLimitsTest {
    static final ContentLimits SMALL = new ContentLimits(3000, 400, 64, 2 << 20);
    @TempDir
    Path dir;
    NewsbotCore core;

    @BeforeEach
    void open() {
        core = TestCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false).withLimits(SMALL),
                Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static String sentences(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("The council met on day ").append(i).append(" and said the bridge plan number ").append(i).append(" would go ahead. ");
            if (i % 5 == 4) sb.append("\n\n");
        }
        return sb.toString();
    }

    private Article only() {
        return core.articles().byId(core.articles().allIds().get(0)).orElseThrow();
    }

    @Test
    void a_local_file_past_the_file_limit_is_read_only_up_to_it_and_cut_to_the_article_limit() throws Exception {
        // Given a 2.6 MB text file, over the 2 MiB file limit and the 3,000-character article limit
        Path file = Files.writeString(dir.resolve("long.txt"), "Bridge plan approved\n\n" + sentences(33_000));
        assertThat(Files.size(file)).isGreaterThan(2 << 20);

        // When it is ingested
        IngestReport report = core.ingestor().ingestPath(file, null, Ingestor.Progress.NONE);

        // Then one article is kept, no longer than the limits, and the report says what was cut
        assertThat(report.added()).isEqualTo(1);
        assertThat(only().body().length()).isLessThanOrEqualTo(3000);
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("read the first " + (2 << 20) + " of its " + Files.size(file) + " bytes"))
                .anySatisfy(n -> assertThat(n).contains("kept the first").contains("the limit is"));
    }

    @Test
    void an_article_with_more_passages_than_the_limit_ends_after_the_last_passage_indexed() throws Exception {
        // Given an article of 25 sentences of 14 words, more than 4 passages of 20 words
        String text = "Bridge plan approved\n\n" + sentences(25);
        core.close();
        core = TestCore.open(new CoreSettings(dir.resolve("data2"), "all-minilm-l6-v2-q", 20, CoreSettings.defaults(dir).coverage(),
                CoreSettings.defaults(dir).fusion(), ZoneOffset.UTC, 2000, 20, 60, java.util.Set.of(), CoreSettings.Fetch.DEFAULT, false,
                new ContentLimits(100_000, 4, 64, 1 << 20)), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        Path file = Files.writeString(dir.resolve("many.txt"), text);

        IngestReport report = core.ingestor().ingestPath(file, null, Ingestor.Progress.NONE);

        // Then it has 4 passages, its stored body ends where the fourth ends, and the report says so
        assertThat(core.index().chunkCount()).isEqualTo(4);
        assertThat(only().body()).endsWith("would go ahead.").hasSizeLessThan(text.length() / 2);
        assertThat(report.notes()).singleElement().asString().contains("kept the first 4 passages");
    }

    @Test
    void a_page_nested_deeper_than_the_limit_loses_only_what_lies_deeper() throws Exception {
        // Given a page whose article text sits at the top and a hostile 100,000-deep nest of divs below it
        String deep = "<div>".repeat(100_000) + "Buried text that nobody reads." + "</div>".repeat(100_000);
        Path page = Files.writeString(dir.resolve("deep.html"), "<html><head><title>Bridge plan approved</title></head><body>"
                + "<article><p>" + sentences(3) + "</p><p>" + sentences(2) + "</p>" + deep + "</article></body></html>");

        IngestReport report = core.ingestor().ingestPath(page, null, Ingestor.Progress.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(only().body()).contains("bridge plan number 2").doesNotContain("Buried");
        assertThat(report.notes()).singleElement().asString().contains("nests elements deeper than 64 levels");
    }

    @Test
    void a_windows_1252_file_is_read_in_its_encoding_and_says_so() throws Exception {
        // Given a text file written in Windows-1252 (curly quotes, a dash and accented letters are single bytes)
        String text = "Café owners protest\n\n“We can’t go on like this,” said Zoë Müller — owner of the café on the square. "
                + sentences(3);
        Path file = Files.write(dir.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));

        IngestReport report = core.ingestor().ingestPath(file, null, Ingestor.Progress.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(only().title()).isEqualTo("Café owners protest");
        assertThat(only().body()).contains("said Zoë Müller").contains("owner of the café").contains("can't go on");
        assertThat(report.notes()).singleElement().asString().endsWith("read as windows-1252 (not UTF-8)");
    }

    @Test
    void a_latin_1_file_is_read_correctly() throws Exception {
        String text = "Grève à Paris\n\nLes employés de la société ont déclaré une grève générale à Paris, où la négociation a échoué. "
                + "Le délégué a dit que la décision était unanime et que les salariés réclamaient une hausse des salaires.";
        Path file = Files.write(dir.resolve("latin1.txt"), text.getBytes(Charset.forName("ISO-8859-1")));

        core.ingestor().ingestPath(file, null, Ingestor.Progress.NONE);

        assertThat(only().title()).isEqualTo("Grève à Paris");
        assertThat(only().body()).contains("Les employés de la société").contains("négociation a échoué");
    }

    @Test
    void a_utf_8_file_with_a_byte_order_mark_is_read_without_it() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("Bridge plan approved\n\n" + sentences(3)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        IngestReport report = core.ingestor().ingestPath(Files.write(dir.resolve("bom.txt"), all), null, Ingestor.Progress.NONE);

        assertThat(report.notes()).isEmpty();
        assertThat(only().title()).isEqualTo("Bridge plan approved");
    }
}
