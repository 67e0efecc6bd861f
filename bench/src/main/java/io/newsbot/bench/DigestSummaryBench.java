package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.digest.Dependence;
import io.newsbot.digest.LeadBiasedSummariser;
import io.newsbot.digest.Summariser;
import io.newsbot.index.Chunk;
import io.newsbot.index.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-article summaries on cnndm-250 (the digest's summary of a story told by one article): the shipped
 * {@link LeadBiasedSummariser}, the same without the rule that keeps sentences leaning on their predecessor out,
 * and Lead-3, on the whole file and on each half (the weights were tuned on the even lines), with the share of
 * summaries holding a sentence that opens with a pronoun or connective whose antecedent sentence is not shown.
 */
final class DigestSummaryBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path data;
    private final Path work;
    private final SentenceSplitter splitter = new SentenceSplitter();

    DigestSummaryBench(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    record Article(String id, String text) {
    }

    /** One summariser's figures on all articles and on each half. */
    record Row(String system, Rouge.Scores all, Rouge.Scores even, Rouge.Scores odd, double unresolvedShare, double words, double sentences) {
    }

    record Result(int articles, List<Row> rows, List<String> unresolvedExamples) {
    }

    Result run() throws IOException, InterruptedException {
        List<Article> articles = read();
        LeadBiasedSummariser.Weights d = LeadBiasedSummariser.Weights.DEFAULT;
        Summariser shipped = new LeadBiasedSummariser(splitter);
        Summariser before = new LeadBiasedSummariser(splitter, new LeadBiasedSummariser.Weights(d.positionDecay(), d.centrality(), d.minWords(),
                d.shortPenalty(), d.maxWords(), d.longPenalty(), d.captionPenalty(), d.questionPenalty(), d.quotePenalty(), d.wordBudget(),
                d.maxRedundancy(), false));
        Summariser lead3 = (title, body) -> splitter.split(body).stream().limit(3).map(Chunk.Sentence::text).toList();
        List<String> examples = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        rows.add(row("newsbot digest (`LeadBiasedSummariser`, shipped)", shipped, articles, null));
        rows.add(row("the same without the leaning-sentence rule (as before this change)", before, articles, examples));
        rows.add(row("Lead-3 with newsbot's sentence splitter", lead3, articles, null));
        return new Result(articles.size(), rows, examples.subList(0, Math.min(3, examples.size())));
    }

    private Row row(String name, Summariser s, List<Article> articles, List<String> examples) throws IOException, InterruptedException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Map<String, List<String>> even = new LinkedHashMap<>();
        Map<String, List<String>> odd = new LinkedHashMap<>();
        int unresolved = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<String> summary = s.summarise("", a.text());
            all.put(a.id(), summary);
            (i % 2 == 0 ? even : odd).put(a.id(), summary);
            String bad = unresolved(a.text(), summary);
            if (bad != null) {
                unresolved++;
                if (examples != null) examples.add(bad);
            }
        }
        double words = all.values().stream().mapToDouble(l -> String.join(" ", l).split("\\s+").length).average().orElse(0);
        double sentences = all.values().stream().mapToInt(List::size).average().orElse(0);
        return new Row(name, score(all), score(even), score(odd), 100.0 * unresolved / articles.size(), words, sentences);
    }

    /** The first summary sentence that leans on an article sentence the summary does not show right before it, or null. */
    private String unresolved(String text, List<String> summary) {
        List<Chunk.Sentence> sentences = splitter.split(text);
        int previous = -2;
        for (String s : summary) {
            int at = indexOf(sentences, s);
            if (at > 0 && Dependence.needsPrevious(s) && previous != at - 1) return s;
            previous = at;
        }
        return null;
    }

    private static int indexOf(List<Chunk.Sentence> sentences, String summarySentence) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().endsWith(summarySentence) || sentences.get(i).text().equals(summarySentence)) return i;
        }
        return -1;
    }

    private Rouge.Scores score(Map<String, List<String>> summaries) throws IOException, InterruptedException {
        return Rouge.score(data.resolve("rouge.py"), data.resolve("summaries/cnndm-250.jsonl"), "id", summaries, work.resolve("rouge"));
    }

    private List<Article> read() throws IOException {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("summaries/cnndm-250.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            out.add(new Article(n.get("id").asText(), n.get("article").asText()));
        }
        return out;
    }
}
