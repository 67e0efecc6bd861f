package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.app.CoreSettings;
import io.newsbot.answer.SupportMeasure;
import io.newsbot.article.Article;
import io.newsbot.index.Chunk;
import io.newsbot.index.Chunker;
import io.newsbot.index.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calibrates the check of a language model's sentences ({@link SupportMeasure}) on CNN/DailyMail: the human-written
 * summary sentences, which restate their article in other words much as a model does, against the best passage of their
 * own article (supported), of the other article that best matches them (not supported), and against their own
 * article's best passage with one name or number swapped for another summary's (not supported: an invented detail).
 * The threshold is chosen on one half of the articles and judged on the other.
 */
final class SupportBench {
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("(?<=\\s)(?:[A-Z][a-z]{2,}|\\d[\\d,.]*)");
    private final Path data;

    SupportBench(Path data) {
        this.data = data;
    }

    /** Shares (0..1) of each kind of sentence the threshold keeps or drops. */
    record Rates(int sentences, double supportedKept, double otherArticleDropped, double alteredDropped) {
    }

    record Result(int articles, double tunedThreshold, Rates tuningHalf, Rates heldOut, double reverseThreshold, Rates reverseHeldOut,
                  double shippedThreshold, Rates shippedAll) {
    }

    private record Scored(int article, double own, double other, double altered) {
    }

    Result run() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("summaries/cnndm-250.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) rows.add(AskedAnswers.JSON.readTree(line));
        }
        Chunker chunker = new Chunker(new SentenceSplitter(), CoreSettings.defaults(Path.of("unused")).chunkWords());
        List<List<Set<String>>> chunks = new ArrayList<>();
        for (JsonNode r : rows) {
            Article a = new Article(chunks.size() + 1, "cnndm:" + r.get("id").asText(), "", "t", "p", Instant.EPOCH, Instant.EPOCH, "en", "h",
                    r.get("article").asText());
            List<Set<String>> terms = new ArrayList<>();
            for (Chunk c : chunker.chunk(a)) terms.add(SupportMeasure.terms(c.text()));
            chunks.add(terms);
        }
        SupportMeasure measure = SupportMeasure.DEFAULT;
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (JsonNode h : rows.get(i).get("summary_sents")) {
                String sentence = h.asText();
                double own = best(measure, sentence, chunks.get(i));
                double other = 0;
                for (int j = 0; j < rows.size(); j++) if (j != i) other = Math.max(other, best(measure, sentence, chunks.get(j)));
                String altered = alter(sentence, rows.get((i + 1) % rows.size()).get("summary_sents"));
                scored.add(new Scored(i, own, other, altered == null ? Double.NaN : best(measure, altered, chunks.get(i))));
            }
        }
        List<Scored> a = scored.stream().filter(s -> s.article() % 2 == 0).toList();
        List<Scored> b = scored.stream().filter(s -> s.article() % 2 == 1).toList();
        double tuned = calibrate(a);
        double reverse = calibrate(b);
        return new Result(rows.size(), tuned, rates(a, tuned), rates(b, tuned), reverse, rates(a, reverse), measure.threshold(),
                rates(scored, measure.threshold()));
    }

    private static double best(SupportMeasure measure, String sentence, List<Set<String>> chunks) {
        double best = 0;
        for (Set<String> c : chunks) best = Math.max(best, measure.support(sentence, c));
        return best;
    }

    /** The sentence with its first name or number (not its first word) replaced by one from another summary, or null. */
    static String alter(String sentence, JsonNode otherSummary) {
        Matcher own = NAME_OR_NUMBER.matcher(sentence);
        if (!own.find()) return null;
        boolean number = Character.isDigit(own.group().charAt(0));
        for (JsonNode s : otherSummary) {
            Matcher m = NAME_OR_NUMBER.matcher(s.asText());
            while (m.find()) {
                if (Character.isDigit(m.group().charAt(0)) == number && !sentence.contains(m.group())) {
                    return sentence.substring(0, own.start()) + m.group() + sentence.substring(own.end());
                }
            }
        }
        return null;
    }

    /** The threshold (steps of 0.01) with the best balanced accuracy: supported kept against unsupported dropped. */
    private static double calibrate(List<Scored> half) {
        double best = 0;
        double bestValue = -1;
        for (int t = 0; t <= 100; t++) {
            Rates r = rates(half, t / 100.0);
            double value = r.supportedKept() / 2 + (r.otherArticleDropped() + r.alteredDropped()) / 4;
            if (value > bestValue) {
                bestValue = value;
                best = t / 100.0;
            }
        }
        return best;
    }

    private static Rates rates(List<Scored> scored, double threshold) {
        long kept = scored.stream().filter(s -> s.own() >= threshold).count();
        long dropped = scored.stream().filter(s -> s.other() < threshold).count();
        List<Scored> altered = scored.stream().filter(s -> !Double.isNaN(s.altered())).toList();
        long alteredDropped = altered.stream().filter(s -> s.altered() < threshold).count();
        return new Rates(scored.size(), kept / (double) scored.size(), dropped / (double) scored.size(),
                altered.isEmpty() ? 0 : alteredDropped / (double) altered.size());
    }
}
