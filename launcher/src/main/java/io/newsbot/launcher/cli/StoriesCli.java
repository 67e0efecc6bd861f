package io.newsbot.launcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.index.Chunker;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.ingest.IngestException;
import io.newsbot.story.ChunkVectors;
import io.newsbot.story.memory.OfflineGrouper;
import io.newsbot.story.StorySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsbot stories --input ARTICLES.jsonl [--json]}: groups articles into stories as the bot groups what it
 * ingests, arriving one by one (by date, or in the file's order), for scripts and benchmarks. Needs no store.
 */
@Command(name = "stories", description = "Group articles (JSON lines of {article_id, outlet?, date?, title?, text}) into stories as the bot does.")
public final class StoriesCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--input", required = true, paramLabel = "ARTICLES.jsonl", description = "one JSON object per line; - for stdin")
    String input;

    @Option(names = "--json", description = "print one {article_id, story} per line; a story is named by its first article")
    boolean json;

    @Option(names = "--order", defaultValue = "date", description = "arrival order: date (dated articles by date, then the undated in file order) "
            + "or input (the file's order); default ${DEFAULT-VALUE}")
    String order;

    private record Line(int number, String id, String outlet, Instant date, String title, String text) {
    }

    @Override
    public Integer call() throws IOException {
        if (!order.equals("date") && !order.equals("input")) throw new IngestException("--order must be date or input, not '" + order + "'.");
        List<Line> lines = read();
        if (!order.equals("input")) lines = byDate(lines);
        String model = global.load(System.getenv()).core().embeddingModel();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Map<String, String> stories;
        try {
            ChunkVectors vectors = new ChunkVectors(new Chunker(new SentenceSplitter(), 120), new OnnxEmbedder(model, pool));
            List<OfflineGrouper.Input> inputs = new ArrayList<>();
            for (Line l : lines) inputs.add(new OfflineGrouper.Input(l.id(), l.outlet(), l.date(), l.title(), l.text(), vectors.of(l.title(), l.text())));
            stories = new OfflineGrouper(StorySettings.DEFAULT).group(inputs);
        } finally {
            pool.shutdown();
        }
        print(stories);
        return 0;
    }

    private void print(Map<String, String> stories) throws JsonProcessingException {
        if (json) {
            for (Map.Entry<String, String> e : stories.entrySet()) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("article_id", e.getKey());
                o.put("story", e.getValue());
                System.out.println(Json.MAPPER.writeValueAsString(o));
            }
            return;
        }
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        stories.forEach((article, story) -> byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
        byStory.forEach((story, articles) -> System.out.println(story + " (" + articles.size() + (articles.size() == 1 ? " article): " : " articles): ")
                + String.join(", ", articles)));
    }

    private List<Line> read() throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = open()) {
            String raw;
            int number = 0;
            while ((raw = in.readLine()) != null) {
                number++;
                if (raw.isBlank()) continue;
                JsonNode n = parse(raw, number);
                out.add(new Line(number, n.get("article_id").asText(), text(n, "outlet"), date(text(n, "date"), number), text(n, "title"),
                        n.get("text").asText().strip().replaceAll("\\s*\\n\\s*", "\n\n")));
            }
        }
        return out;
    }

    private static List<Line> byDate(List<Line> lines) {
        List<Line> dated = new ArrayList<>(lines.stream().filter(l -> l.date() != null).toList());
        dated.sort(Comparator.comparing(Line::date).thenComparingInt(Line::number));
        dated.addAll(lines.stream().filter(l -> l.date() == null).toList());
        return dated;
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path file = Path.of(input);
        if (!Files.isReadable(file) || Files.isDirectory(file)) throw new IngestException(file + " is not a readable file.");
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String line, int number) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node.isObject() && node.hasNonNull("article_id") && node.path("text").isTextual()) return node;
        } catch (JsonProcessingException e) {
            // reported below, with the line number
        }
        throw new IngestException("Line " + number + " of the input is not a JSON object with \"article_id\" and \"text\".");
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : "";
    }

    /** An ISO date or date-time; one that cannot be read (ECB+ has "2012-13-65") is unknown, as a missing one is. */
    private static Instant date(String text, int number) {
        if (text.isBlank()) return null;
        try {
            if (text.length() > 10) return OffsetDateTime.parse(text).toInstant();
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length()))).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                System.err.println("newsbot: line " + number + ": '" + text + "' is not a date; the article is taken as undated.");
                return null;
            }
        }
    }
}
