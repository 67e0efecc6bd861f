package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.article.Article;
import io.newsbot.launcher.config.ConfigException;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcSettings;
import io.newsbot.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCliTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    @TempDir
    Path data;

    private int run(ByteArrayOutputStream out, String... args) throws Exception {
        MigrateCli cli = new MigrateCli(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        picocli.CommandLine.populateCommand(cli, args);
        return cli.call();
    }

    @Test
    void copies_an_embedded_store_into_postgres_and_reports_matching_counts() throws Exception {
        TestDatabase.postgresUrl(); // skips this test without a PostgreSQL
        try (Database h2 = Database.openH2(data)) {
            JdbcArticleStore articles = new JdbcArticleStore(h2);
            for (int i = 0; i < 5; i++) {
                articles.put(new Article(0, "loc" + i, "", "Title " + i, "AP", T0, T0, "en", "h" + i, "Body " + i + "."), null, r -> { });
            }
            new JdbcSettings(h2).put("telegram.offset", "7");
        }
        String schema = TestDatabase.uniqueName();
        String target = TestDatabase.newSchemaUrl(schema);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(run(out, "--from", "h2:" + data, "--to", "postgres:" + target)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("articles").contains("every count matches");
            try (Database pg = Database.openPostgres(target, null, null)) {
                assertThat(new JdbcArticleStore(pg).count()).isEqualTo(5);
                assertThat(new JdbcSettings(pg).get("telegram.offset")).contains("7");
            }
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    @Test
    void refuses_a_directory_without_a_store() {
        assertThatThrownBy(() -> run(new ByteArrayOutputStream(), "--from", "h2:" + data, "--to", "postgres:jdbc:postgresql://127.0.0.1:1/x"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no newsbot store");
    }

    @Test
    void refuses_a_target_that_is_not_postgres() {
        assertThatThrownBy(() -> run(new ByteArrayOutputStream(), "--from", "h2:" + data, "--to", "mysql://db/newsbot"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--to must look like postgres:");
    }
}
