package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.article.ArticleDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared benchmark data, read in place: the 250 CNN/DailyMail and 924 PolNeAR articles as drafts for the
 * ingestor, and the retrieval questions. Articles are keyed {@code cnndm:ID} and {@code polnear:NAME}; the key
 * is the draft's locator, so the store maps its ids back to them.
 */
final class BenchData {
    static final String CNNDM = "cnndm:";
    static final String POLNEAR = "polnear:";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;

    BenchData(Path root) {
        if (!Files.isDirectory(root.resolve("retrieval"))) {
            throw new IllegalArgumentException(root + " is not the shared benchmark data (no retrieval/ in it)");
        }
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path polnear(String split) {
        return root.resolve("polnear").resolve(split);
    }

    /** A question with the key of the article that answers it, or {@code null} for a question nothing answers. */
    record Query(String id, String text, String articleKey) {
    }

    List<Query> answerable() {
        return queries(root.resolve("retrieval/queries.jsonl"));
    }

    List<Query> unanswerable() {
        return queries(root.resolve("retrieval/null-queries.jsonl"));
    }

    private static List<Query> queries(Path file) {
        List<Query> out = new ArrayList<>();
        for (JsonNode q : jsonLines(file)) {
            String article = q.hasNonNull("article_id") ? CNNDM + q.get("article_id").asText() : null;
            out.add(new Query(q.get("id").asText(), q.get("query").asText(), article));
        }
        return out;
    }

    /**
     * The 1,174 articles. CNN/DailyMail articles have no headline in the data; their title is a neutral token
     * from the id (the URL slug would hand the index a summary of the article that the baseline never sees).
     * PolNeAR files carry their headline on the first line, publisher and date come from metadata.tsv.
     */
    List<ArticleDraft> articles() {
        List<ArticleDraft> out = new ArrayList<>();
        for (JsonNode a : jsonLines(root.resolve("summaries/cnndm-250.jsonl"))) {
            String id = a.get("id").asText();
            String token = id.substring(id.lastIndexOf('-') + 1);
            out.add(new ArticleDraft(CNNDM + id, a.path("url").asText(""), token.substring(0, Math.min(12, token.length())),
                    id.startsWith("cnn") ? "CNN" : "Daily Mail", null, a.get("article").asText()));
        }
        Map<String, String[]> meta = metadata();
        for (String split : List.of("train", "dev")) {
            for (Path file : texts(polnear(split))) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = read(file).replace("\r\n", "\n");
                int nl = text.indexOf('\n');
                String title = nl < 0 ? text : text.substring(0, nl);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                String[] m = meta.getOrDefault(name, new String[0]);
                String publisher = m.length > 4 ? m[4] : "";
                java.time.Instant published = m.length > 5 && m[5].matches("\\d{4}-\\d{2}-\\d{2}")
                        ? LocalDate.parse(m[5]).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
                out.add(new ArticleDraft(POLNEAR + name, "", title.strip(), publisher, published, body));
            }
        }
        return out;
    }

    /** The raw text of every article, keyed as above, for the baseline that indexes plain documents. */
    Map<String, String> rawTexts() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (JsonNode a : jsonLines(root.resolve("summaries/cnndm-250.jsonl"))) out.put(CNNDM + a.get("id").asText(), a.get("article").asText());
        for (String split : List.of("train", "dev")) {
            for (Path file : texts(polnear(split))) {
                out.put(POLNEAR + file.getFileName().toString().replaceFirst("\\.txt$", ""), read(file));
            }
        }
        return out;
    }

    static List<Path> texts(Path splitDir) {
        try (Stream<Path> files = Files.list(splitDir.resolve("text"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String[]> metadata() {
        Map<String, String[]> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve("polnear/metadata.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length > 1) out.put(f[1], f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) out.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
