package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCliTest {
    private static final String ARTICLE = "Russia and Turkey agreed on Monday to hold new talks on a ceasefire in Syria. The talks in Astana "
            + "are meant to end the fighting around Idlib, where rebels still hold ground. Russian officials said the Syrian government "
            + "would attend the talks. Turkey wants guarantees for civilians in Idlib before any agreement.";

    @TempDir
    Path dir;

    @Test
    void prints_one_json_summary_per_article_for_the_benchmark() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, List.of("{\"id\": \"a1\", \"title\": \"Syria talks\", \"article\": \"" + ARTICLE + "\"}", "",
                "{\"id\": 7, \"article\": \"One short sentence about the weather in Paris today.\"}"));

        CliRun run = CliRun.of("summarize", "--input", input.toString(), "--json");

        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("summary_sents")).hasSizeBetween(2, 3);
        assertThat(first.get("summary_sents").get(0).asText()).startsWith("Russia and Turkey agreed");
        JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(second.get("summary_sents")).hasSize(1);
    }

    @Test
    void names_the_line_that_is_not_an_article() throws Exception {
        Path input = dir.resolve("bad.jsonl");
        Files.write(input, List.of("{\"id\": \"a1\", \"article\": \"Fine.\"}", "{\"id\": \"a2\"}"));

        CliRun run = CliRun.of("summarize", "--input", input.toString(), "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Line 2");
    }

    @Test
    void prints_one_summary_per_story_from_its_outlets_sentences() throws Exception {
        String other = "Turkey and Russia will hold new ceasefire talks on Syria in Astana, officials said on Monday. The talks aim to end the "
                + "fighting around Idlib. Syrian government officials are expected to attend.";
        Path input = dir.resolve("stories.jsonl");
        Files.write(input, List.of("{\"cluster_id\": \"s1\", \"articles\": [{\"article_id\": \"a\", \"outlet\": null, \"title\": \"Syria talks\", "
                + "\"text\": \"" + ARTICLE + "\"}, {\"article_id\": \"b\", \"title\": \"Astana talks\", \"text\": \"" + other + "\"}]}"));

        CliRun run = CliRun.of("summarize", "--stories", "--input", input.toString(), "--json");

        assertThat(run.code()).isZero();
        JsonNode story = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(story.get("cluster_id").asText()).isEqualTo("s1");
        assertThat(story.get("summary_sents")).isNotEmpty().allSatisfy(s -> assertThat(ARTICLE + " " + other).contains(s.asText()));
    }

    @Test
    void names_the_line_that_is_not_a_story() throws Exception {
        Path input = dir.resolve("bad-stories.jsonl");
        Files.write(input, List.of("{\"cluster_id\": \"s1\", \"articles\": \"not a list\"}"));

        CliRun run = CliRun.of("summarize", "--stories", "--input", input.toString(), "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Line 1").contains("\"articles\" (a list)");
    }
}
