package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbot ask --json --input FILE} over the demo articles. */
class AskCliTest {
    @TempDir
    Path dir;

    @Test
    void answers_every_line_in_order_each_as_a_fresh_conversation() throws Exception {
        Path input = dir.resolve("questions.txt");
        Files.write(input, List.of("What was said about Syria?", "{\"id\": \"q2\", \"question\": \"hey, what did Lavrov say?\"}",
                "who said that?", "What was said about the weather on Mars?"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("ask", "--json", "--input", input.toString(), "--data", dir.resolve("data").toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> lines = json(run.out());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("question").asText()).isEqualTo("What was said about Syria?");
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("answer");
        assertThat(lines.get(0).get("citations")).isNotEmpty();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("q2");
        assertThat(lines.get(1).get("question").asText()).isEqualTo("hey, what did Lavrov say?");
        assertThat(lines.get(1).get("answer").asText()).contains("political infighting");
        assertThat(lines.get(2).get("intro").asText()).as("not a follow-up of the line before").doesNotStartWith("Who said it");
        assertThat(lines.get(3).get("not_covered").asBoolean()).isTrue();
    }

    @Test
    void a_bad_line_gets_a_one_line_error_and_the_run_goes_on() throws Exception {
        Path input = dir.resolve("questions.jsonl");
        Files.write(input, List.of("{\"question\": \"What was said about Syria?\"}", "{not json", "{\"id\": 3, \"text\": \"no question field\"}", "",
                "What did Lavrov say?"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("ask", "--json", "--input", input.toString(), "--data", dir.resolve("data").toString());

        assertThat(run.code()).isEqualTo(1);
        List<JsonNode> lines = json(run.out());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).has("error")).isFalse();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).startsWith("Line 2 is not valid JSON");
        assertThat(lines.get(2).get("error").asText()).isEqualTo("Line 3 has no \"question\" text.");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(3);
        assertThat(lines.get(3).get("error").asText()).isEqualTo("Line 4 is empty.");
        assertThat(lines.get(4).get("kind").asText()).isEqualTo("answer");
    }

    @Test
    void reads_the_questions_from_standard_input() throws Exception {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream("What did Lavrov say?\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of("ask", "--json", "--input", "-", "--data", dir.resolve("data").toString());

            assertThat(json(run.out())).singleElement().satisfies(a -> assertThat(a.get("answer").asText()).contains("political infighting"));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void refuses_a_question_and_an_input_file_together() throws Exception {
        CliRun run = CliRun.of("ask", "--input", dir.resolve("q.txt").toString(), "What did Lavrov say?");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not both");
    }

    private static List<JsonNode> json(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) nodes.add(Json.MAPPER.readTree(line));
        return nodes;
    }
}
