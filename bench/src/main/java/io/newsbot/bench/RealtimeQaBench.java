package io.newsbot.bench;

import io.newsbot.platform.AnswerJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.IngestReport;
import io.newsbot.platform.Reply;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * RealTimeQA dev (../shared/bench/README.md, "realtimeqa"): its 2,866 articles indexed, its 1,115 news-quiz questions
 * asked as typed, each in a fresh conversation, and scored by {@code score_realtimeqa.py} on the reply's text up to its
 * sources. Figures for the whole file and for its two halves (even lines for tuning, odd lines held out).
 */
final class RealtimeQaBench {
    private static final String INGESTED = "bench-realtimeqa-ingested";
    private final Path data;
    private final Path work;
    private final int sampleEvery;
    private final boolean sweep;

    /**
     * @param sampleEvery 1 for every question and article; N for lines kN+1 and kN+2 only (one odd line, held out, and one
     *                    even line of each N), with only the articles retrieved for them indexed: a machine too busy to
     *                    embed all 2,866 articles in time can still be measured, on a smaller and easier corpus
     */
    RealtimeQaBench(Path data, Path work, int sampleEvery) {
        this(data, work, sampleEvery, false);
    }

    /** @param sweep also try a grid of sentence weights on the even (tuning) lines ({@link SentenceWeightSweep}) */
    RealtimeQaBench(Path data, Path work, int sampleEvery, boolean sweep) {
        if (sampleEvery != 1 && (sampleEvery < 2 || sampleEvery % 2 != 0)) throw new IllegalArgumentException("sampleEvery must be 1 or even");
        this.data = data;
        this.work = work;
        this.sampleEvery = sampleEvery;
        this.sweep = sweep;
    }

    /**
     * Scores and reply lengths for one set of questions.
     *
     * @param medianChars median length of the answer text (up to the sources), in characters
     */
    record Part(String name, int questions, JsonNode scores, double medianChars) {
        double figure(String key) {
            return scores.path(key).asDouble();
        }
    }

    record Result(long articles, long chunks, double seconds, Part all, Part tuning, Part heldOut, int sampleEvery, String sweep) {
    }

    Result run(boolean reuse) throws IOException, InterruptedException {
        Path dir = data.resolve("realtimeqa");
        Path articles = dir.resolve("dev-articles.jsonl.gz");
        List<String> every = Files.readAllLines(dir.resolve("dev-questions.jsonl"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        // Kept in pairs so that index parity, and with it the even (tuning) and odd (held-out) halves, is unchanged.
        List<String> lines = new ArrayList<>();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (int i = 0; i < every.size(); i++) {
            if (i % sampleEvery > 1) continue;
            lines.add(every.get(i));
            JsonNode q = AskedAnswers.JSON.readTree(every.get(i));
            for (JsonNode id : q.path("retrieved_article_ids")) wanted.add(id.asText());
            for (JsonNode id : q.path("answer_article_ids")) wanted.add(id.asText());
        }
        Path dataDir = work.resolve(sampleEvery == 1 ? "realtimeqa" : "realtimeqa-sample-" + sampleEvery);
        boolean fresh = !reuse || !Files.exists(dataDir.resolve(INGESTED));
        if (fresh) BenchCorpus.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        QuestionDateClock clock = new QuestionDateClock();
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dataDir), clock)) {
            if (fresh) {
                List<ArticleDraft> drafts = drafts(articles).stream()
                        .filter(d -> sampleEvery == 1 || wanted.contains(d.locator().substring("rtqa:".length()))).toList();
                System.out.printf("Ingesting %d RealTimeQA articles into %s ...%n", drafts.size(), dataDir);
                IngestReport report = core.ingestor().ingestDrafts(drafts, null, (done, total) -> {
                    if (done % 200 == 0 || done == total) System.out.printf("  %d/%d%n", done, total);
                });
                System.out.println("  " + report.summary());
                Files.writeString(dataDir.resolve(INGESTED), report.summary());
            }
            String swept = "";
            if (sweep) {
                List<String> tuning = new ArrayList<>();
                List<String> heldOut = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) (i % 2 == 1 ? tuning : heldOut).add(lines.get(i));
                swept = SentenceWeightSweep.markdown(new SentenceWeightSweep(data, work).run(core, clock, tuning, heldOut))
                        + "\n" + RecencyCost.measure(core, clock, heldOut);
            }
            Path answers = work.resolve("realtimeqa-answers.jsonl");
            int[] lengths = new int[lines.size()];
            long started = System.nanoTime();
            try (BufferedWriter out = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
                for (int i = 0; i < lines.size(); i++) {
                    JsonNode asked = AskedAnswers.JSON.readTree(lines.get(i));
                    String question = asked.get("question").asText();
                    clock.setDate(LocalDate.parse(asked.get("question_date").asText()));
                    Reply reply = AskedAnswers.ask(core, "realtimeqa-" + i, question);
                    ObjectNode json = AnswerJson.of(question, reply);
                    String answer = AskedAnswers.answerText(reply);
                    json.put("answer", answer);
                    lengths[i] = answer.length();
                    out.write(AskedAnswers.JSON.writeValueAsString(json));
                    out.newLine();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Part all = part("all", lines, lengths, answers, articles, i -> true);
            Part tuning = part("even", lines, lengths, answers, articles, i -> i % 2 == 1);
            Part heldOut = part("odd", lines, lengths, answers, articles, i -> i % 2 == 0);
            System.out.println("RealTimeQA: all " + all + "; even lines " + tuning + "; odd lines " + heldOut);
            return new Result(core.articles().count(), core.index().chunkCount(), seconds, all, tuning, heldOut, sampleEvery, swept);
        }
    }

    /** The questions whose 0-based index passes the test (index 1 is line 2, an even line). */
    private Part part(String name, List<String> lines, int[] lengths, Path answers, Path articles, java.util.function.IntPredicate take)
            throws IOException, InterruptedException {
        Path questions = work.resolve("realtimeqa-questions-" + name + ".jsonl");
        List<String> chosen = new ArrayList<>();
        List<Integer> chars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!take.test(i)) continue;
            chosen.add(lines.get(i));
            chars.add(lengths[i]);
        }
        Files.write(questions, chosen, StandardCharsets.UTF_8);
        JsonNode scores = AskedAnswers.score(data.resolve("score_realtimeqa.py"), "--questions", questions.toString(), "--answers", answers.toString(),
                "--articles", articles.toString(), "--rows", work.resolve("realtimeqa-rows-" + name + ".json").toString());
        return new Part(name, chosen.size(), scores, median(chars));
    }

    static double median(List<Integer> values) {
        int[] v = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(v);
        if (v.length == 0) return 0;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /**
     * The articles as drafts, each dated as its outlet dated it: the clock is set to each question's date, so "this
     * week" in a quiz of 2022 means that week's articles, as it did for its readers.
     */
    static List<ArticleDraft> drafts(Path gz) throws IOException {
        List<ArticleDraft> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode a = AskedAnswers.JSON.readTree(line);
                out.add(new ArticleDraft("rtqa:" + a.get("article_id").asText(), a.path("url").asText(""), a.path("title").asText(""),
                        a.path("outlet").asText(""), published(a.path("date").asText("")), a.path("text").asText("")));
            }
        }
        return out;
    }

    /** "2021/11/10" as noon UTC of that day; null (dated when ingested) when the field is missing or unreadable. */
    static Instant published(String date) {
        String[] p = date.split("/");
        if (p.length < 3) return null;
        try {
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2].substring(0, Math.min(2, p[2].length()))))
                    .atTime(12, 0).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            System.err.println("RealTimeQA article with an unreadable date " + date + ": dated when ingested");
            return null;
        }
    }
}
