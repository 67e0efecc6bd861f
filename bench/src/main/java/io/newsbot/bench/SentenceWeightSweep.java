package io.newsbot.bench;

import io.newsbot.platform.AnswerJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.answer.ExtractiveAnswerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.answer.QuotedSpeakers;
import io.newsbot.answer.Recency;
import io.newsbot.answer.Retriever;
import io.newsbot.answer.SentenceMeaning;
import io.newsbot.answer.SentenceScorer;
import io.newsbot.platform.Reply;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tries a grid of pool depths, {@link SentenceScorer.Weights#meaning()} and {@link Recency} on the tuning half of the RealTimeQA questions (even lines) only,
 * answering through the parser and the extractive answerer as the bot does, and scores each with
 * {@code score_realtimeqa.py}: the settings newsbot ships are chosen here, never on the held-out odd lines.
 */
final class SentenceWeightSweep {
    private final Path data;
    private final Path work;

    SentenceWeightSweep(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    /** One setting's figures on the tuning half; {@code seconds} answering them all, sentences embedded once across settings. */
    record Row(String half, SentenceScorer.Weights weights, int passages, Recency recency, double answerFound, double medianChars, double seconds) {
    }

    /**
     * Each setting of the grid on the tuning lines, then the settings {@link #HELD_OUT} on the held-out lines, to see
     * whether what was chosen on the one half holds on the other. Each half embeds its sentences afresh, so that a row's
     * seconds include what its evidence costs the first time.
     */
    List<Row> run(NewsbotCore core, QuestionDateClock clock, List<String> tuningLines, List<String> heldOutLines) throws IOException, InterruptedException {
        QuestionParser parser = new QuestionParser(clock, core.settings().zone(), new QuotedSpeakers(core.statements()));
        List<Row> rows = new ArrayList<>();
        SentenceMeaning tuning = new SentenceMeaning(new MemoEmbedder(core.embedder()));
        for (int[] g : GRID) rows.add(score("even", g, tuning, core, clock, parser, tuningLines));
        SentenceMeaning heldOut = new SentenceMeaning(new MemoEmbedder(core.embedder()));
        for (int[] g : HELD_OUT) rows.add(score("odd", g, heldOut, core, clock, parser, heldOutLines));
        return rows;
    }

    /**
     * Passages drawn from, the meaning weight in tenths, and {@link Recency}'s days and boost in hundredths: without and with
     * the shipped preference (earlier runs also tried meaning 0, 1.0 and 2.0, 16 passages, and recency 7 days at 0.05,
     * 0.2 and 0.5, 14 days at 0.2, 30 days at 0.1 and 0.2, 10 days at 1.0; see docs). The first row pays for
     * embedding the sentences, so later rows' seconds leave most of it out.
     */
    private static final int[][] GRID = {{8, 5, 0, 0}, {8, 5, 7, 10}};
    /** Without the preference for recent passages, then with the one chosen on the tuning lines. */
    private static final int[][] HELD_OUT = {{8, 5, 0, 0}, {8, 5, 7, 10}};

    private Row score(String half, int[] setting, SentenceMeaning meaning, NewsbotCore core, QuestionDateClock clock, QuestionParser parser,
                      List<String> lines) throws IOException, InterruptedException {
        Path questions = work.resolve("realtimeqa-sweep-questions-" + half + ".jsonl");
        Files.write(questions, lines, StandardCharsets.UTF_8);
        Recency recency = new Recency(setting[2], setting[3] / 100.0);
        Row row = score(half, SentenceScorer.Weights.DEFAULT.withMeaning(setting[1] / 10.0), setting[0], recency, meaning, core, clock, parser, lines, questions);
        System.out.println("  sweep " + row);
        return row;
    }

    private Row score(String half, SentenceScorer.Weights w, int passages, Recency recency, SentenceMeaning meaning, NewsbotCore core, QuestionDateClock clock, QuestionParser parser,
                      List<String> lines, Path questions) throws IOException, InterruptedException {
        Retriever retriever = new Retriever(core.index(), core.embedder(), core.settings().coverage(), clock, recency);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(retriever, core.articles(), core.statements(), core.topics(), new SentenceScorer(w),
                null, meaning, passages);
        long started = System.nanoTime();
        Path answers = work.resolve("realtimeqa-sweep-answers.jsonl");
        List<Integer> lengths = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                JsonNode asked = AskedAnswers.JSON.readTree(line);
                String text = asked.get("question").asText();
                clock.setDate(LocalDate.parse(asked.get("question_date").asText()));
                Question q = parser.parse(text, null, Set.of());
                Reply reply = answerer.answer(q, null);
                var json = AnswerJson.of(text, reply);
                String answer = AskedAnswers.answerText(reply);
                json.put("answer", answer);
                lengths.add(answer.length());
                out.write(AskedAnswers.JSON.writeValueAsString(json));
                out.newLine();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String tag = String.format(Locale.ROOT, "%s-p%d-m%.1f-r%d-%.2f", half, passages, w.meaning(), recency.days(), recency.boost());
        Files.copy(answers, work.resolve("realtimeqa-sweep-answers-" + tag + ".jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JsonNode scores = AskedAnswers.score(data.resolve("score_realtimeqa.py"), "--questions", questions.toString(), "--answers", answers.toString(),
                "--rows", work.resolve("realtimeqa-sweep-rows-" + tag + ".json").toString());
        return new Row(half, w, passages, recency, scores.path("answer_found").asDouble(), RealtimeQaBench.median(lengths), seconds);
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("| lines | passages | meaning | recent days | recency boost | answer found | median reply length | seconds |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.2f | %.3f | %.0f | %.0f |%n", r.half().equals("even") ? "even (tuning)" : "**odd (held out)**", r.passages(), r.weights().meaning(),
                    r.recency().days(), r.recency().boost(), r.answerFound(),
                    r.medianChars(), r.seconds()));
        }
        return md.toString();
    }
}
