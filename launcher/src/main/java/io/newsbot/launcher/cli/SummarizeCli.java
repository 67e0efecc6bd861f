package io.newsbot.launcher.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.digest.LeadBiasedSummariser;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsbot summarize --input ARTICLES.jsonl [--json]}: the digest's summary of each article, for previews
 * and for the ROUGE benchmark. Reads lines of {@code {id, title?, article}}; needs no store.
 */
@Command(name = "summarize", description = "Summarise articles (JSON lines of {id, title?, article}) with the digest's summariser.")
public final class SummarizeCli implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "ARTICLES.jsonl", description = "one JSON object per line; - for stdin")
    String input;

    @Option(names = "--json", description = "print one {id, summary_sents: [...]} per line")
    boolean json;

    private final Summariser summariser = new LeadBiasedSummariser(new SentenceSplitter());

    @Override
    public Integer call() throws IOException {
        try (BufferedReader in = open()) {
            PrintStream out = System.out;
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                JsonNode article = parse(line, number);
                List<String> sentences = summariser.summarise(article.path("title").asText(""), article.get("article").asText());
                out.println(json ? jsonLine(article.get("id"), sentences) : text(article, sentences));
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

    private static JsonNode parse(String line, int number) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node.isObject() && node.hasNonNull("id") && node.path("article").isTextual()) return node;
        } catch (JsonProcessingException e) {
            // reported below, with the line number
        }
        throw new IngestException("Line " + number + " of the input is not a JSON object with \"id\" and \"article\".");
    }

    private static String jsonLine(JsonNode id, List<String> sentences) throws JsonProcessingException {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("id", id);
        ArrayNode sents = o.putArray("summary_sents");
        sentences.forEach(sents::add);
        return Json.MAPPER.writeValueAsString(o);
    }

    private static String text(JsonNode article, List<String> sentences) {
        String title = article.path("title").asText("");
        return (title.isEmpty() ? article.get("id").asText() : title) + "\n  " + String.join("\n  ", sentences) + "\n";
    }
}
