package io.newsbot.launcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.digest.LeadBiasedSummariser;
import io.newsbot.digest.StorySummariser;
import io.newsbot.digest.Summariser;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.ingest.IngestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsbot summarize --input FILE.jsonl [--json] [--stories]}: the digest's summaries, for previews and the
 * ROUGE benchmarks; needs no store. One article per line ({@code {id, title?, article}}), or with {@code --stories}
 * one story per line, its outlets' articles together ({@code {cluster_id, articles: [{title?, text}]}}).
 */
@Command(name = "summarize", description = "Summarise articles (JSON lines of {id, title?, article}) or, with --stories, stories "
        + "(JSON lines of {cluster_id, articles: [{title, text}]}) as the digest does.")
public final class SummarizeCli implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "one JSON object per line; - for stdin")
    String input;

    @Option(names = "--json", description = "print one {id | cluster_id, summary_sents: [...]} per line")
    boolean json;

    @Option(names = "--stories", description = "each line is a story told by several articles: one summary for all of them")
    boolean stories;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Summariser summariser = new LeadBiasedSummariser(splitter);
    private final StorySummariser storySummariser = new StorySummariser(splitter);

    @Override
    public Integer call() throws IOException {
        try (BufferedReader in = open()) {
            PrintStream out = System.out;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                if (stories) {
                    JsonNode story = parse(line, number, "cluster_id", "articles");
                    List<String> sentences = storySummariser.summarise(sources(story, number)).stream().map(StorySummariser.Picked::text).toList();
                    out.println(json ? jsonLine("cluster_id", story.get("cluster_id"), sentences) : text(story.get("cluster_id").asText(), sentences));
                } else {
                    JsonNode article = parse(line, number, "id", "article");
                    List<String> sentences = summariser.summarise(article.path("title").asText(""), article.get("article").asText());
                    String title = article.path("title").asText("");
                    out.println(json ? jsonLine("id", article.get("id"), sentences) : text(title.isEmpty() ? article.get("id").asText() : title, sentences));
                }
            }
        }
        return 0;
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path file = Path.of(input);
        if (!Files.isReadable(file) || Files.isDirectory(file)) throw new IngestException(file + " is not a readable file.");
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String line, int number, String id, String content) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            boolean ok = content.equals("articles") ? node.path(content).isArray() : node.path(content).isTextual();
            if (node.isObject() && node.hasNonNull(id) && ok) return node;
        } catch (JsonProcessingException e) {
            // reported below, with the line number
        }
        String expected = content.equals("articles") ? "\"articles\" (a list)" : "\"" + content + "\"";
        throw new IngestException("Line " + number + " of the input is not a JSON object with \"" + id + "\" and " + expected + ".");
    }

    private static List<StorySummariser.Source> sources(JsonNode story, int number) {
        List<StorySummariser.Source> out = new ArrayList<>();
        for (JsonNode a : story.get("articles")) {
            if (!a.path("text").isTextual()) throw new IngestException("Line " + number + ": every article needs a \"text\".");
            out.add(new StorySummariser.Source(a.path("title").asText(""), a.get("text").asText().strip().replaceAll("\\s*\\n\\s*", "\n\n")));
        }
        return out;
    }

    private static String jsonLine(String key, JsonNode id, List<String> sentences) throws JsonProcessingException {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set(key, id);
        ArrayNode sents = o.putArray("summary_sents");
        sentences.forEach(sents::add);
        return Json.MAPPER.writeValueAsString(o);
    }

    private static String text(String heading, List<String> sentences) {
        return heading + "\n  " + String.join("\n  ", sentences) + "\n";
    }
}
