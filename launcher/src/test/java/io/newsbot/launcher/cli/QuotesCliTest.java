package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.launcher.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCliTest {
    private static final String ARTICLE = "Talks on Syria\n\n\u201CWe will not wait for them forever,\u201D Russian Foreign Minister Sergei Lavrov "
            + "said on Monday.\n\nA spokeswoman for the ministry said the talks would resume next week.";

    @TempDir
    Path dir;

    @Test
    void prints_each_statement_with_its_speakers_name_role_kind_and_offsets_into_the_file() throws Exception {
        Path file = dir.resolve("syria.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);

        String out = run("quotes", "--json", file.toString());

        List<JsonNode> lines = out.lines().map(QuotesCliTest::json).toList();
        assertThat(lines).hasSize(2);
        JsonNode quote = lines.get(0);
        assertThat(quote.get("article").asText()).isEqualTo("syria");
        assertThat(quote.get("source").asText()).isEqualTo("Sergei Lavrov");
        assertThat(quote.get("role").asText()).isEqualTo("Russian Foreign Minister");
        assertThat(quote.get("kind").asText()).isEqualTo("person");
        assertThat(quote.get("direct").asBoolean()).isTrue();
        assertThat(ARTICLE.substring(quote.get("content_start").asInt(), quote.get("content_end").asInt())).isEqualTo(quote.get("content").asText())
                .startsWith("We will not wait");
        assertThat(ARTICLE.substring(quote.get("source_start").asInt(), quote.get("source_end").asInt()))
                .isEqualTo("Russian Foreign Minister Sergei Lavrov");
        JsonNode reported = lines.get(1);
        assertThat(reported.get("source").asText()).isEqualTo("A spokeswoman for the ministry");
        assertThat(reported.get("name").asText()).isEmpty();
        assertThat(reported.get("direct").asBoolean()).isFalse();
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).isZero();
            return o.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
        }
    }
}
