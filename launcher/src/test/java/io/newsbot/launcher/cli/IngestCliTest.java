package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.launcher.Main;
import io.newsbot.store.jdbc.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code newsbot ingest URL}: an address is checked and fetched before anything about it is recorded. */
class IngestCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run ingest(String target) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute("ingest", "--data", dir.resolve("data").toString(), "--no-demo", target);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String storedSources() throws Exception {
        try (Database db = Database.openH2(dir.resolve("data")); Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery("select count(*), coalesce(listagg(location, ' '), '') from sources")) {
            rs.next();
            return rs.getInt(1) + " " + rs.getString(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "http://user:secret-pw@news.example.com/feed.xml", "http://127.0.0.1:9/feed.xml",
            "http://169.254.169.254/latest/meta-data/", "ftp://ftp.example.org/feed.xml", "gopher://127.0.0.1:70/"})
    void a_refused_url_is_one_line_and_is_never_recorded_as_a_source(String url) throws Exception {
        Run r = ingest(url);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("newsbot: ").doesNotContain("\n").doesNotContain("Exception").doesNotContain("secret-pw");
        assertThat(r.out()).doesNotContain("secret-pw");
        assertThat(storedSources()).isEqualTo("0 ");
    }

    @Test
    void a_malformed_url_is_one_line_naming_what_is_wrong() throws Exception {
        Run r = ingest("http://exa mple.com/");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("newsbot: 'http://exa mple.com/' is not a valid URL (illegal character in authority);"
                + " give a full address such as https://example.com/feed.xml.");
        assertThat(storedSources()).isEqualTo("0 ");
    }
}
