package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A labelled story set of {@code ../shared/bench/stories} (ECB+ or Giveme5W1H): articles with the story
 * (cluster) annotators put them in. Dates that are missing or impossible (ECB+ has "2012-13-65") are unknown.
 */
record StorySet(String name, Path file, List<Item> items) {

    /** One article of the set. */
    record Item(int line, String cluster, String articleId, String outlet, Instant date, String title, String text) {
        /** The text with paragraphs separated by blank lines, as the core expects. */
        String body() {
            return text.strip().replaceAll("\\s*\\n\\s*", "\n\n");
        }
    }

    static StorySet read(String name, Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try {
            int line = 0;
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank()) continue;
                JsonNode n = json.readTree(l);
                items.add(new Item(line++, n.get("cluster_id").asText(), n.get("article_id").asText(), text(n, "outlet"), date(text(n, "date")),
                        text(n, "title"), text(n, "text")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StorySet(name, file, List.copyOf(items));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : "";
    }

    private static Instant date(String text) {
        if (text.length() < 10) return null;
        try {
            return LocalDate.parse(text.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The articles in arrival order: dated ones by date (file order within a day), then the undated in file order. */
    List<Item> byDate() {
        List<Item> dated = new ArrayList<>(items.stream().filter(i -> i.date() != null).toList());
        dated.sort(Comparator.comparing(Item::date).thenComparingInt(Item::line));
        List<Item> out = new ArrayList<>(dated);
        out.addAll(items.stream().filter(i -> i.date() == null).toList());
        return out;
    }

    StorySet subset(String suffix, Predicate<Item> keep) {
        return new StorySet(name + suffix, file, items.stream().filter(keep).toList());
    }

    /**
     * The two folds the tuning is checked on: ECB+ by topic (both events of a topic stay in one fold, so the
     * near-misses are held out together), Giveme5W1H by event, alternately.
     */
    List<StorySet> folds() {
        return List.of(subset(" A", i -> group(i) % 2 == 1), subset(" B", i -> group(i) % 2 == 0));
    }

    private static int group(Item i) {
        String c = i.cluster();
        // ecbplus_t12_ecb -> 12; giveme5w1h_ev34 -> 34
        String digits = c.replaceAll("^.*?_(?:t|ev)(\\d+).*$", "$1");
        return Integer.parseInt(digits);
    }
}
