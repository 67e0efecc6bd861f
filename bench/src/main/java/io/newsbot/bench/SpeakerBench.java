package io.newsbot.bench;

import io.newsbot.platform.AnswerJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.ingest.IngestReport;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What did X say?" on one PolNeAR split (../shared/bench/README.md, "Speaker questions"): the split's texts ingested
 * into an empty data directory (title on the first line), one question per speaker quoted at least three times plus
 * questions about people of another split the texts never name, each asked in a fresh conversation, the answers
 * scored by {@code score_speaker_answers.py}.
 */
final class SpeakerBench {
    private static final String INGESTED = "bench-speakers-ingested";
    private final Path data;
    private final Path work;

    SpeakerBench(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    /**
     * The scorer's figures for one split.
     *
     * @param articles  articles in the data directory
     * @param questions questions asked (positives and negatives)
     * @param seconds   time to answer them all
     */
    record Result(String split, String negativesFrom, long articles, int questions, double seconds, JsonNode scores, double resolvedPrecision,
                  double refusedByWords) {
        double figure(String name) {
            return scores.path(name).asDouble();
        }
    }

    Result run(String split, String negativesFrom, boolean reuse) throws IOException, InterruptedException {
        Path splitDir = data.resolve("polnear").resolve(split);
        Path questions = work.resolve("speakers-" + split + "-questions.jsonl");
        Path answers = work.resolve("speakers-" + split + "-answers.jsonl");
        Files.createDirectories(work);
        Files.writeString(questions, AskedAnswers.output(data.resolve("speaker_questions.py"), splitDir.toString(), "--negatives",
                data.resolve("polnear").resolve(negativesFrom).toString()), StandardCharsets.UTF_8);
        List<JsonNode> asked = Files.readAllLines(questions, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(SpeakerBench::parse).toList();
        Path dataDir = work.resolve("speakers-" + split);
        boolean fresh = !reuse || !Files.exists(dataDir.resolve(INGESTED));
        if (fresh) BenchCorpus.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dataDir), Clock.systemUTC())) {
            if (fresh) {
                System.out.printf("Ingesting PolNeAR %s into %s ...%n", split, dataDir);
                IngestReport report = core.ingestor().ingestPath(splitDir.resolve("text"), null, Ingestor.Progress.NONE);
                System.out.println("  " + report.summary());
                Files.writeString(dataDir.resolve(INGESTED), report.summary());
            }
            long started = System.nanoTime();
            int n = 0;
            try (BufferedWriter out = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
                for (JsonNode q : asked) {
                    String text = q.get("query").asText();
                    Reply reply = AskedAnswers.ask(core, "speakers-" + split + "-" + n++, text);
                    out.write(AskedAnswers.JSON.writeValueAsString(AnswerJson.of(text, reply)));
                    out.newLine();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode scores = AskedAnswers.score(data.resolve("score_speaker_answers.py"), "--questions", questions.toString(), "--answers",
                    answers.toString(), "--texts", splitDir.resolve("text").toString(), "--rows", work.resolve("speakers-" + split + "-rows.json").toString());
            Map<String, JsonNode> byQuestion = new HashMap<>();
            for (String line : Files.readAllLines(answers, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) byQuestion.put(parse(line).get("question").asText(), parse(line));
            }
            double resolved = new ResolvedSpeakerKey(splitDir).precision(asked, byQuestion);
            System.out.println("speaker questions, " + split + ": " + scores + "; precision against the resolved key " + resolved);
            double refusedByWords = WordwiseLabels.positivesRefused(asked, byQuestion);
            System.out.println("  positives refused with labels read word by word " + refusedByWords);
            return new Result(split, negativesFrom, core.articles().count(), asked.size(), seconds, scores, resolved, refusedByWords);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return AskedAnswers.JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
