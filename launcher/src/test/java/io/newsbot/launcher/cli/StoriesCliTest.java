package io.newsbot.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCliTest {
    private static final String ACEH_BBC = "A strong 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 24 people "
            + "and injuring more than 200, officials said. The quake hit Bener Meriah and Central Aceh districts, flattening houses and a "
            + "mosque in Ketol. The US Geological Survey said the epicentre was 55 kilometres south-west of Bireuen.";
    private static final String ACEH_REUTERS = "Rescuers in Indonesia's Aceh province dug through collapsed homes on Wednesday after a 6.1-magnitude "
            + "earthquake killed at least 22 people in the Bener Meriah and Central Aceh districts. The US Geological Survey put the epicentre "
            + "south-west of Bireuen. A mosque collapsed in Ketol during evening prayers, the disaster agency in Aceh said.";
    private static final String FOOTBALL = "Arsenal beat Chelsea two goals to one at the Emirates Stadium on Sunday. The winning goal came from "
            + "Bukayo Saka in the last minute. Mikel Arteta praised the defence, which held under late pressure from Chelsea.";

    @TempDir
    Path dir;

    private static String line(String id, String outlet, String date, String title, String text) throws Exception {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("cluster_id", "ignored");
        o.put("article_id", id);
        o.put("outlet", outlet);
        if (date == null) o.putNull("date");
        else o.put("date", date);
        o.put("title", title);
        o.put("text", text);
        return Json.MAPPER.writeValueAsString(o);
    }

    @Test
    void prints_each_articles_story_named_by_its_first_article() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, List.of(line("reuters-1", "reuters.com", "2026-11-18", "Rescuers search rubble after Aceh quake", ACEH_REUTERS),
                line("bbc-1", "bbc.co.uk", "2026-11-17", "Aceh earthquake kills 24", ACEH_BBC),
                line("sport-1", "bbc.co.uk", null, "Arsenal beat Chelsea", FOOTBALL)));

        CliRun run = CliRun.of("stories", "--no-demo", "--data", dir.resolve("data").toString(), "--input", input.toString(), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        Map<String, String> story = new HashMap<>();
        for (String l : run.out().lines().toList()) {
            JsonNode n = Json.MAPPER.readTree(l);
            story.put(n.get("article_id").asText(), n.get("story").asText());
        }
        assertThat(story).containsEntry("bbc-1", "bbc-1").containsEntry("reuters-1", "bbc-1").containsEntry("sport-1", "sport-1");
        assertThat(run.out().lines().findFirst().orElseThrow()).contains("bbc-1");
    }

    @Test
    void keeps_the_files_order_when_asked_so_a_story_is_named_by_its_first_line() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, List.of(line("reuters-1", "reuters.com", "2026-11-18", "Rescuers search rubble after Aceh quake", ACEH_REUTERS),
                line("bbc-1", "bbc.co.uk", "2026-11-17", "Aceh earthquake kills 24", ACEH_BBC)));

        CliRun run = CliRun.of("stories", "--no-demo", "--data", dir.resolve("data").toString(), "--input", input.toString(), "--json", "--order", "input");

        assertThat(run.code()).as(run.err()).isZero();
        Map<String, String> story = new HashMap<>();
        for (String l : run.out().lines().toList()) {
            JsonNode n = Json.MAPPER.readTree(l);
            story.put(n.get("article_id").asText(), n.get("story").asText());
        }
        assertThat(story).containsEntry("reuters-1", "reuters-1").containsEntry("bbc-1", "reuters-1");
    }

    @Test
    void names_the_line_that_is_not_an_article_and_prints_nothing() throws Exception {
        Path input = dir.resolve("bad.jsonl");
        Files.write(input, List.of(line("bbc-1", "bbc.co.uk", "2026-11-17", "Aceh earthquake kills 24", ACEH_BBC), "{\"article_id\": \"x\"}"));

        CliRun run = CliRun.of("stories", "--no-demo", "--data", dir.resolve("data").toString(), "--input", input.toString(), "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Line 2").contains("\"article_id\" and \"text\"");
        assertThat(run.out()).isEmpty();
    }
}
